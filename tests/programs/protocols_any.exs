# Fallback to Any, and @derive of an Any implementation.
defprotocol Describable do
  @fallback_to_any true
  def describe(term)
end

defimpl Describable, for: Any do
  def describe(%{__struct__: mod}), do: "a #{inspect(mod)} struct"
  def describe(term), do: "some value: #{inspect(term)}"
end

defimpl Describable, for: Integer do
  def describe(n), do: "the integer #{n}"
end

defprotocol Countable do
  def count(x)
end

defimpl Countable, for: Any do
  def count(struct), do: struct |> Map.from_struct() |> map_size()
end

defmodule Widget do
  @derive [Countable]
  defstruct [:a, :b, :c]
end

defmodule Gadget do
  defstruct [:x]
end

defmodule Run do
  def go do
    IO.puts(Describable.describe(5))
    IO.puts(Describable.describe("text"))
    IO.puts(Describable.describe(%Widget{}))
    IO.inspect(Countable.count(%Widget{}))
    try do
      Countable.count(%Gadget{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Run.go()
IO.inspect(Describable.impl_for(:atom))
IO.inspect(Countable.impl_for(struct(Widget)))
