# Interpolating a tuple has no String.Chars implementation.
point = {3, 4}
IO.puts("inspect works: #{inspect(point)}")
IO.puts("interpolation does not: #{point}")
