# Bit-level patterns: sizes below a byte, units, bits and signedness.
<<a::1, b::3, c::4>> = <<0b1_011_0110>>
IO.inspect({a, b, c})
<<flag::1, rest::bits>> = <<200>>
IO.inspect({flag, rest})
IO.inspect(bit_size(rest))
<<n::size(2)-unit(8)>> = <<1, 2>>
IO.inspect(n)
<<s::signed-8>> = <<255>>
<<u::unsigned-8>> = <<255>>
IO.inspect({s, u})
<<little::little-16>> = <<1, 2>>
<<big::big-16>> = <<1, 2>>
IO.inspect({little, big})
<<neg::signed-little-32>> = <<254, 255, 255, 255>>
IO.inspect(neg)
<<r::5, g::6, bl::5>> = <<0xF8, 0x1F>>
IO.inspect({r, g, bl})
size = 12
<<prefix::size(size), _::bits>> = <<0xAB, 0xCD>>
IO.inspect(prefix)
<<nibbles::bitstring-size(4), _::bitstring>> = <<0xF0>>
IO.inspect(nibbles)
<<f32::float-32>> = <<1.5::float-32>>
IO.inspect(f32)
<<int::integer-size(3)-unit(4), tail::bits>> = <<1, 2, 3>>
IO.inspect({int, tail})
for <<bit::1 <- <<0b10110000>> >>, do: IO.write(bit)
IO.puts("")
