# @derive for built-in protocols and for user protocols with an Any implementation.
defprotocol Jsonish do
  def encode(value)
end

defimpl Jsonish, for: Any do
  def encode(struct) do
    fields =
      struct
      |> Map.from_struct()
      |> Enum.sort()
      |> Enum.map_join(",", fn {k, v} -> ~s("#{k}":#{Jsonish.encode(v)}) end)

    "{" <> fields <> "}"
  end
end

defimpl Jsonish, for: Integer do
  def encode(n), do: Integer.to_string(n)
end

defimpl Jsonish, for: BitString do
  def encode(s), do: ~s("#{s}")
end

defimpl Jsonish, for: List do
  def encode(l), do: "[" <> Enum.map_join(l, ",", &Jsonish.encode/1) <> "]"
end

defmodule Item do
  @derive [Jsonish, {Inspect, only: [:sku]}]
  defstruct sku: "A1", qty: 2, tags: ["x", "y"]
end

defmodule Order do
  @derive Jsonish
  defstruct id: 7, items: []
end

defmodule Go do
  def run do
    order = %Order{items: [%Item{}, %Item{sku: "B2", qty: 1, tags: []}]}
    IO.puts(Jsonish.encode(order))
    IO.inspect(order)
  end
end

Go.run()
