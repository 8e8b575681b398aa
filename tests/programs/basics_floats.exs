# Floats print in the shortest form that reads back as the same number.
values = [
  0.1, 0.5, 1.0, -2.5, 100.0, 1.0e20, 1.0e16, 1.0e15, 123456789.0,
  1.0e-5, 3.0e-5, 0.001, 0.0001, 1 / 3, 2 / 3, 0.1 + 0.2, 1.0e308, 5.0e-324,
  12345678901234567890.0, 0.000123, 1.5e300 * 1.0e5 / 1.0e10, -0.0
]

Enum.each(values, &IO.inspect/1)
IO.puts(0.1 + 0.7)
IO.puts(3.14159)
IO.puts("#{1.0e10}")
IO.inspect(round(2.5))
IO.inspect(round(-2.5))
IO.inspect(round(3.49))
IO.inspect(trunc(-3.9))
IO.inspect(ceil(1.1))
IO.inspect(floor(-1.1))
IO.inspect(Float.round(3.14159, 2))
IO.inspect(Float.ceil(3.14159, 3))
IO.inspect(Float.floor(-3.14159, 1))
IO.inspect(is_float(1.0))
IO.inspect(1.0 == 1)
IO.inspect(10 / 4)
IO.inspect(:math.sqrt(2))
