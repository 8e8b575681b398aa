# Protocol.UndefinedError when a value has no implementation.
defmodule Opaque do
  def id(x), do: x
end

defprotocol Describe do
  def describe(x)
end

defimpl Describe, for: Integer do
  def describe(n), do: "the number #{n}"
end

defmodule Plain do
  defstruct [:v]
end

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e in Protocol.UndefinedError ->
      IO.puts(Exception.message(e))
      IO.inspect({e.protocol, e.value})
  end
end

show.(fn -> Describe.describe(3) end)
show.(fn -> Describe.describe(Opaque.id("str")) end)
show.(fn -> Enum.map(Opaque.id(:atom), & &1) end)
show.(fn -> Enum.count(Opaque.id({1, 2})) end)
show.(fn -> to_string(Opaque.id({:a, :b})) end)
show.(fn -> "#{Opaque.id(%{a: 1})}" end)
show.(fn -> Enum.to_list(struct(Plain, v: 1)) end)
show.(fn -> for x <- Opaque.id(42), do: x end)
show.(fn -> Enum.into([1], Opaque.id(:not_collectable)) end)
