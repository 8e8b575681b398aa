# Float segments of 64 and 32 bits.
IO.inspect(<<1.0::float>>)
IO.inspect(<<1.0::float-32>>)
IO.inspect(<<1.0::float-little-64>>)
<<x::float>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(x)
<<y::float-32>> = <<0.1::float-32>>
IO.inspect(y)
<<z::float-little>> = <<0.25::float-little>>
IO.inspect(z)
IO.inspect(<<5::float>>)
values = [0.5, -2.75, 1.0e10]
packed = for v <- values, into: <<>>, do: <<v::float-64>>
IO.inspect(byte_size(packed))
IO.inspect(for <<f::float-64 <- packed>>, do: f)
