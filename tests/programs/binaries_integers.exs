# Integer segments: size, signedness and endianness when building and matching.
for v <- [0, 1, 127, 128, 255, -1, -128] do
  <<u::unsigned-8>> = <<v::8>>
  <<s::signed-8>> = <<v::8>>
  IO.puts("#{v}: unsigned #{u}, signed #{s}")
end

IO.inspect(<<1::big-32>>)
IO.inspect(<<1::little-32>>)
IO.inspect(<<-2::signed-big-24>>)
<<a::big-unsigned-integer-size(32)>> = <<0, 0, 1, 0>>
IO.inspect(a)
<<b::little-unsigned-integer-size(32)>> = <<0, 0, 1, 0>>
IO.inspect(b)
<<c::signed-size(12), d::4>> = <<0xFF, 0xF3>>
IO.inspect({c, d})
IO.inspect(<<5::3, 1::5>>)
IO.inspect(<<300::8>>)
IO.inspect(<<2 ** 70::96>>)
<<big_int::96>> = <<2 ** 70::96>>
IO.inspect(big_int)
n = 16
IO.inspect(<<65_535::size(n)>>)
IO.inspect(<<1::integer-size(4)-unit(2)>>)
IO.inspect(:binary.encode_unsigned(1000))
IO.inspect(:binary.decode_unsigned(<<3, 232>>))
IO.inspect(:binary.encode_unsigned(1000, :little))
