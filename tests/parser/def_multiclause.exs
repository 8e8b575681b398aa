defmodule Multi do
  def area({:rectangle, a, b}), do: a * b
  def area({:square, a}), do: a * a
  def area({:circle, r}), do: r * r * 3.14
  def area(unknown), do: {:error, {:unknown_shape, unknown}}

  def sum([]), do: 0
  def sum([head | tail]), do: head + sum(tail)

  def test(x) when is_number(x) and x < 0, do: :negative
  def test(0), do: :zero
  def test(x) when is_number(x) and x > 0, do: :positive
end
