# Section 2.3.6: module attributes as compile-time constants and as documentation.
defmodule Circle do
  @moduledoc "Functions for circles."
  @pi 3.14159

  @doc "Area of a circle with radius r."
  def area(r), do: r * r * @pi

  @doc "Circumference of a circle with radius r."
  def circumference(r), do: 2 * r * @pi

  @spec diameter(number) :: number
  def diameter(r), do: 2 * r

  def pi, do: @pi
end

IO.inspect(Circle.area(2))
IO.inspect(Circle.circumference(1))
IO.inspect(Circle.diameter(3))
IO.inspect(Circle.pi())
