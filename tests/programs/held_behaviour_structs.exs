defmodule Shape do
  @callback area(term) :: number
end
defmodule Circle do
  @behaviour Shape
  defstruct r: 1
  @impl Shape
  def area(%Circle{r: r}), do: :math.pi() * r * r
end
defmodule Rect do
  @behaviour Shape
  defstruct w: 1, h: 1
  @impl true
  def area(%Rect{w: w, h: h}), do: w * h
end
shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, %Circle{}]
for s <- shapes do
  mod = s.__struct__
  IO.puts "#{inspect(mod)}: #{Float.round(mod.area(s) / 1, 3)}"
end
total = shapes |> Enum.map(&(&1.__struct__.area(&1))) |> Enum.sum()
IO.puts :erlang.float_to_binary(total, decimals: 2)
IO.inspect Enum.group_by(shapes, & &1.__struct__)
IO.inspect Circle.__struct__()
IO.inspect Map.keys(%Rect{})
IO.inspect is_struct(%Rect{}, Rect)
IO.inspect match?(%Rect{}, %Circle{})
IO.inspect %Rect{} |> Map.from_struct()
IO.inspect struct!(Rect, w: 10)
IO.inspect function_exported?(Circle, :area, 1)
IO.inspect Circle.module_info(:exports) |> Keyword.has_key?(:area)
IO.inspect Kernel.struct(Rect, %{h: 7})
r = %Rect{}
IO.inspect %{r | h: 9}
IO.inspect %Rect{r | w: 0}.w
%Rect{w: w} = r
IO.inspect w
case r do
  %Circle{} -> IO.puts "circle"
  %{__struct__: name} -> IO.puts "other #{inspect(name)}"
end
IO.inspect Enum.map([%Rect{w: 2}, %Rect{}], fn %{w: w} -> w end)
IO.inspect(r == %Rect{w: 1, h: 1})
IO.inspect Enum.sort_by(shapes, &(&1.__struct__.area(&1)), :desc) |> hd()
struct!(Rect, depth: 1)
