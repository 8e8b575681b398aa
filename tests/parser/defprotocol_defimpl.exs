defprotocol Size do
  @doc "Calculates the size"
  def size(data)
end
defimpl Size, for: BitString do
  def size(string), do: byte_size(string)
end
defimpl Size, for: Map do
  def size(map), do: map_size(map)
end
defimpl Size, for: [List, Tuple] do
  def size(x), do: length(Tuple.to_list(x))
end
defimpl String.Chars, for: Point do
  def to_string(p), do: "(#{p.x}, #{p.y})"
end
defprotocol Fallback do
  @fallback_to_any true
  def f(x)
end
defimpl Fallback, for: Any do
  def f(_), do: :any
end
defmodule WithDerive do
  @derive [Inspect]
  @derive {Jason.Encoder, only: [:a]}
  defstruct [:a]
end
