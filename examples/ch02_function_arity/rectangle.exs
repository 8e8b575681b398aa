# Section 2.3.3: name plus arity identifies a function; defaults create extra arities.
defmodule Rectangle do
  # area/1 treats the shape as a square and delegates to area/2.
  def area(side), do: area(side, side)
  def area(width, height), do: width * height

  # sum/2 and sum/3 both come from one definition with a default.
  def sum(a, b, c \\ 0), do: a + b + c
end

IO.inspect(Rectangle.area(4))
IO.inspect(Rectangle.area(4, 6))
IO.inspect(Rectangle.sum(1, 2))
IO.inspect(Rectangle.sum(1, 2, 3))

for arity <- 0..4 do
  IO.puts("area/#{arity}: #{function_exported?(Rectangle, :area, arity)}, sum/#{arity}: #{function_exported?(Rectangle, :sum, arity)}")
end
