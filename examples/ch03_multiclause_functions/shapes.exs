# Section 3.2.1: one function, several clauses, chosen by pattern.
defmodule Perimeter do
  def of({:square, side}), do: 4 * side
  def of({:rectangle, w, h}), do: 2 * (w + h)
  def of({:circle, r}), do: 2 * 3.14159 * r
  def of(unknown), do: {:error, {:unknown_shape, unknown}}
end

IO.inspect(Perimeter.of({:square, 3}))
IO.inspect(Perimeter.of({:rectangle, 2, 5}))
IO.inspect(Perimeter.of({:circle, 1}))
IO.inspect(Perimeter.of({:hexagon, 1}))

# A captured multi-clause function works like any lambda.
fun = &Perimeter.of/1
IO.inspect(Enum.map([{:square, 1}, {:circle, 2}], fun))
