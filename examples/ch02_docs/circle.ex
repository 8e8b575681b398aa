# Section 2.3.6: module attributes as documentation, read back in the shell
# with h/1 (examples/ch02_docs.md). Loaded by `vial -i examples/ch02_docs/circle.ex`.
defmodule Circle do
  @moduledoc """
  Functions for circles.

  Every function takes the radius `r`:

    * `area/1` - the surface inside the circle
    * `circumference/1` - the length of its edge

  ## Example

      iex> Circle.area(1)
      3.14159
  """
  @pi 3.14159

  @doc "Area of a circle with radius `r`."
  @spec area(number) :: number
  def area(r), do: r * r * @pi

  @doc """
  Circumference of a circle with radius `r`, that is *twice* the radius
  times pi, which is **3.14159** here.
  """
  @doc since: "1.1.0"
  @spec circumference(number) :: float
  def circumference(r), do: 2 * r * @pi

  @spec diameter(number) :: number
  def diameter(r), do: 2 * r

  @doc false
  def pi, do: @pi
end
