defmodule Bin do
  def take(bits, n) do
    <<chunk::size(n), rest::bitstring>> = bits
    {chunk, rest}
  end

  def rgb565(<<r::5, g::6, b::5>>), do: {r, g, b}

  def utf16_chars(<<>>), do: []
  def utf16_chars(<<c::utf16, rest::binary>>), do: [c | utf16_chars(rest)]

  def parse_kv(<<k::binary-size(1), "=", v::binary-size(1), rest::binary>>), do: [{k, v} | parse_kv(rest)]
  def parse_kv(<<_, rest::binary>>), do: parse_kv(rest)
  def parse_kv(<<>>), do: []

  def checksum(bin), do: for(<<b <- bin>>, reduce: 0, do: (acc -> rem(acc + b, 256)))

  def hex(bin), do: for(<<n::4 <- bin>>, into: "", do: <<Integer.to_string(n, 16)::binary>>)
end

IO.inspect(Bin.take(<<0b10110000>>, 3))
IO.inspect(Bin.rgb565(<<0xF8, 0x1F>>))
IO.inspect(Bin.utf16_chars(<<"héllo"::utf16>>))
IO.inspect(Bin.parse_kv("a=1;b=2;c=3"))
IO.inspect(Bin.checksum("hello world"))
IO.inspect(Bin.hex("Hi!"))
IO.inspect(<<300>>)
IO.inspect(<<-1>>)
IO.inspect(<<256::16, 1::little-16>>)
IO.inspect(<<1.5::float>>)
IO.inspect(<<1.5::float-32-little>>)
IO.inspect(<<"a", "b"::binary, ?c, "é"::utf8>>)
IO.inspect(<<1::4, 2::4, 3::3>>)
IO.inspect(<<0::0>>)
n = 12
IO.inspect(<<4095::size(n)>>)
IO.inspect(<<1, 2, 3>> <> <<4>>)
IO.inspect(byte_size(<<1::1, 0::7, 1::2>>))
IO.inspect(bit_size(<<1::1, 0::7, 1::2>>))
<<a::binary-size(2)-unit(8), b::bits>> = <<1, 2, 3, 4::4>>
IO.inspect({a, b})
<<x::32-signed-big>> = <<255, 255, 255, 254>>
IO.inspect(x)
<<u::utf32>> = <<0, 0, 0, 65>>
IO.inspect(u)
IO.inspect(:binary.encode_unsigned(65535))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:erlang.binary_to_list(<<1, 2>>))
IO.inspect(:erlang.list_to_binary([1, [2, <<3>>], "x"]))
IO.inspect(:binary.match("hello world", "o w"))
IO.inspect(:binary.matches("banana", "an"))
IO.inspect(:binary.replace("a-b-c", "-", "+", [:global]))
IO.inspect(Base.encode16("hi"))
IO.inspect(Base.encode64(<<0, 255, 128>>))
IO.inspect(Base.decode64!("AP+A"))
IO.inspect(String.codepoints("añb"))
IO.inspect("añb" |> :binary.bin_to_list())
IO.inspect(<<"abc"::binary>> == "abc")
IO.inspect(for <<bit::1 <- <<5::3>> >>, do: bit)
IO.inspect(for <<c <- "abc">>, into: [], do: c)
IO.inspect(:erlang.term_to_binary(:ok) |> byte_size())
IO.inspect(<<1, 2>> < <<1, 3>>)
IO.inspect(inspect(<<"abc", 0>>))
IO.inspect(String.printable?("abc\x07"))
try do
  <<_::8, _::binary>> = <<>>
rescue
  e -> IO.inspect(e)
end
build = fn size -> <<1::size(size)>> end
try do
  IO.inspect(build.(-1))
rescue
  e -> IO.puts(Exception.message(e))
end
