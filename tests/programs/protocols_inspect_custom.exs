# A custom Inspect implementation, with and without Inspect.Algebra.
defmodule Temp do
  defstruct degrees: 0
  def new(d), do: %Temp{degrees: d}
end

defimpl Inspect, for: Temp do
  def inspect(%Temp{degrees: d}, _opts), do: "#Temp<#{d}°>"
end

defmodule Bag do
  defstruct items: []
  def new(items), do: %Bag{items: items}
end

defimpl Inspect, for: Bag do
  import Inspect.Algebra

  def inspect(%Bag{items: items}, opts) do
    concat(["#Bag<", to_doc(items, opts), ">"])
  end
end

IO.inspect(Temp.new(21))
IO.inspect([Temp.new(1), Temp.new(-4)])
IO.inspect(%{today: Temp.new(30)})
IO.puts("interpolated inspect: #{inspect(Temp.new(5))}")
IO.inspect(Bag.new([1, "two", :three]))
IO.inspect(Bag.new(Enum.to_list(1..40)))
IO.inspect(Bag.new(Enum.to_list(1..10)), limit: 3)
IO.inspect(Bag.new([Temp.new(0)]))
