# A user protocol implemented for user structs.
defprotocol Shape do
  @doc "Area of a shape"
  def area(shape)
  def name(shape)
end

defmodule Sq do
  defstruct side: 1
end

defmodule Circ do
  defstruct r: 1
end

defimpl Shape, for: Sq do
  def area(%Sq{side: s}), do: s * s
  def name(_), do: "square"
end

defimpl Shape, for: Circ do
  def area(%Circ{r: r}), do: Float.round(3.14159 * r * r, 2)
  def name(_), do: "circle"
end

defmodule Demo do
  def shapes, do: [%Sq{side: 3}, %Circ{r: 2}, %Sq{}]
end

for s <- Demo.shapes() do
  IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
end

IO.inspect(Demo.shapes() |> Enum.map(&Shape.area/1) |> Enum.sum())
IO.inspect(Shape.impl_for(hd(Demo.shapes())))
IO.inspect(Shape.impl_for(42))
IO.inspect(Shape.__protocol__(:functions))
IO.inspect(Shape.Sq.__impl__(:for))
IO.inspect(Shape.Sq.__impl__(:protocol))
