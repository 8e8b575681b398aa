# Chapter 2: a first module, as typed into a file and loaded.
defmodule Geometry do
  @moduledoc "Simple geometric computations."

  @pi 3.14159

  def rectangle_area(a, b), do: a * b

  def circle_area(r) do
    @pi * r * r
  end
end

IO.puts("The area is #{Geometry.rectangle_area(3, 2)}")
