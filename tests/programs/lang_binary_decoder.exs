defmodule Packet do
  @magic 0xCAFE

  def encode(type, payload) when is_binary(payload) do
    len = byte_size(payload)
    crc = :erlang.crc32(payload)
    <<@magic::16, type::8, len::big-unsigned-32, payload::binary-size(len), crc::32>>
  end

  def decode(<<@magic::16, type::8, len::32, payload::binary-size(len), crc::32, rest::binary>>) do
    if :erlang.crc32(payload) == crc do
      {:ok, {type_name(type), payload}, rest}
    else
      {:error, :bad_crc}
    end
  end

  def decode(<<@magic::16, _::binary>>), do: {:error, :truncated}
  def decode(<<other::16, _::binary>>), do: {:error, {:bad_magic, other}}
  def decode(_), do: {:error, :too_short}

  defp type_name(1), do: :hello
  defp type_name(2), do: :data
  defp type_name(n), do: {:unknown, n}

  def decode_all(bin, acc \\ [])
  def decode_all(<<>>, acc), do: Enum.reverse(acc)

  def decode_all(bin, acc) do
    case decode(bin) do
      {:ok, pkt, rest} -> decode_all(rest, [pkt | acc])
      {:error, reason} -> Enum.reverse([{:error, reason} | acc])
    end
  end
end

defmodule Bits do
  def header(<<version::4, ihl::4, tos::8, total::16, rest::bitstring>>) do
    %{version: version, ihl: ihl, tos: tos, total: total, rest_bits: bit_size(rest)}
  end

  def varint(<<0::1, n::7, rest::binary>>), do: {n, rest}

  def varint(<<1::1, n::7, rest::binary>>) do
    {m, rest} = varint(rest)
    {n + Bitwise.bsl(m, 7), rest}
  end

  def flags(<<a::1, b::1, c::1, _::5>>), do: [a: a == 1, b: b == 1, c: c == 1]
end

p1 = Packet.encode(1, "hi")
p2 = Packet.encode(2, <<1, 2, 3, 255>>)
p3 = Packet.encode(7, "")
IO.inspect(p1)
IO.inspect(byte_size(p2))
IO.inspect(Packet.decode_all(p1 <> p2 <> p3))
IO.inspect(Packet.decode(<<0xCA, 0xFE, 1>>))
IO.inspect(Packet.decode(<<1, 2, 3>>))
IO.inspect(Packet.decode(<<1>>))
<<head::binary-size(8), _::binary>> = p2
IO.inspect(Packet.decode_all(p1 <> head))

IO.inspect(Bits.header(<<0x45, 0, 0, 60, 1, 2, 3::4>>))
IO.inspect(Bits.varint(<<0xAC, 0x02, 99>>))
IO.inspect(Bits.flags(<<0b10100000>>))
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(<<255::16-little>>)
IO.inspect(<<-1::signed-8>>)
<<x::signed-8>> = <<200>>
IO.inspect(x)
<<f::float-32>> = <<1.5::float-32>>
IO.inspect(f)
IO.inspect(<<"abc"::utf16>>)
<<c::utf8, rest::binary>> = "héllo"
IO.inspect({c, rest})
IO.inspect(for <<b::1 <- <<0b1011::4>> >>, do: b)
IO.inspect(for <<r::8, g::8, b::8 <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b})
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>)
IO.inspect(:binary.bin_to_list(<<1, 2, 3>>))
IO.inspect(<<1, 2, 3>> |> :binary.part(1, 2))
IO.inspect(String.valid?(<<0xFF>>))
IO.inspect(<<0xFF, "abc">>)
IO.inspect("abc" <> <<0>>)
IO.inspect(bit_size(<<1::3, 2::5, 3::7>>))
IO.inspect(is_bitstring(<<1::3>>) and not is_binary(<<1::3>>))
