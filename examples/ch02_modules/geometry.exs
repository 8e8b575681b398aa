# Section 2.3.1: a module groups functions; several modules may share a file,
# and dotted names are only a naming convention.
defmodule Geometry.Square do
  def area(side), do: side * side
  def perimeter(side), do: 4 * side
end

defmodule Geometry.Triangle do
  def area(base, height) do
    base * height / 2
  end
end

defmodule Geometry do
  defmodule Circle do
    def area(r), do: 3.14159 * r * r
  end

  def describe do
    "Geometry knows squares, triangles and circles"
  end
end

IO.puts(Geometry.describe())
IO.inspect(Geometry.Square.area(5))
IO.inspect(Geometry.Square.perimeter(5))
IO.inspect(Geometry.Triangle.area(6, 4))
IO.inspect(Geometry.Circle.area(1))
IO.inspect(Geometry.Circle)
