# Branching with multi-clause functions instead of if/case.
defmodule TestNum do
  def test(x) when x < 0, do: :negative
  def test(0), do: :zero
  def test(x) when x > 0, do: :positive
end

defmodule ListHelper do
  def sum([]), do: 0
  def sum([head | tail]), do: head + sum(tail)

  def empty?([]), do: true
  def empty?([_ | _]), do: false
end

defmodule Poly do
  def area({:rectangle, a, b}), do: a * b
  def area({:square, a}), do: a * a
  def area(unknown), do: {:error, {:unknown_shape, unknown}}
end

defmodule Max2 do
  def max(a, b), do: do_max(a >= b, a, b)
  defp do_max(true, a, _), do: a
  defp do_max(false, _, b), do: b
end

IO.inspect(Enum.map([-2, 0, 2], &TestNum.test/1))
IO.inspect(ListHelper.sum([1, 2, 3]))
IO.inspect({ListHelper.empty?([]), ListHelper.empty?([1])})
IO.inspect(Poly.area({:square, 3}))
IO.inspect(Poly.area({:circle, 3}))
IO.inspect(Max2.max(4, 9))
