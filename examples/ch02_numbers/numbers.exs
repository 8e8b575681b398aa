# Section 2.4.1: integers and floats.
IO.inspect(3)
IO.inspect(0xFF)
IO.inspect(3.14)
IO.inspect(1.0e-2)
IO.inspect(1_000_000)

# / always returns a float; div and rem work on integers.
IO.inspect(4 / 2)
IO.inspect(3 / 2)
IO.inspect(div(5, 2))
IO.inspect(rem(5, 2))

# Integers have no upper limit.
IO.inspect(999_999_999_999_999_999_999 * 1_000)
IO.inspect(Integer.pow(2, 128))

# Mixing integers and floats gives a float.
IO.inspect(1 + 2.0)
IO.inspect(round(7.6))
IO.inspect(trunc(7.6))
