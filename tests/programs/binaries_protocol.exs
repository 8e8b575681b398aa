# Encoding and decoding a small length-prefixed message format.
defmodule Wire do
  def encode({:text, s}), do: <<1, byte_size(s)::16, s::binary>>
  def encode({:num, n}), do: <<2, n::signed-64>>
  def encode({:flag, b}), do: <<3, if(b, do: 1, else: 0)>>
  def encode({:list, items}) do
    body = for i <- items, into: <<>>, do: encode(i)
    <<4, length(items)::8, body::binary>>
  end

  def decode(<<1, len::16, s::binary-size(len), rest::binary>>), do: {{:text, s}, rest}
  def decode(<<2, n::signed-64, rest::binary>>), do: {{:num, n}, rest}
  def decode(<<3, b, rest::binary>>), do: {{:flag, b == 1}, rest}
  def decode(<<4, count, rest::binary>>) do
    {items, rest} =
      Enum.map_reduce(List.duplicate(nil, count), rest, fn _, acc -> decode(acc) end)
    {{:list, items}, rest}
  end
end

msg = {:list, [{:text, "hi"}, {:num, -42}, {:flag, true}, {:list, [{:num, 7}]}]}
bin = Wire.encode(msg)
IO.inspect(bin)
IO.inspect(byte_size(bin))
{decoded, rest} = Wire.decode(bin)
IO.inspect(decoded)
IO.inspect(rest)
IO.inspect(decoded == msg)
