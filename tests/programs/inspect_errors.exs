# An Inspect implementation that raises: Inspect.Error (safe: false) with 1.14's message,
# and what a program sees when it rescues it.
defmodule Fragile do
  defstruct [:n]
end

defimpl Inspect, for: Fragile do
  def inspect(%Fragile{n: 0}, _opts), do: raise("cannot show zero")
  def inspect(%Fragile{n: 1}, _opts), do: raise(ArgumentError, message: "two\nlines")
  def inspect(%Fragile{n: n}, _opts), do: "#Fragile<#{n}>"
end

defmodule Main do
  def attempt(term) do
    try do
      inspect(term, safe: false)
    rescue
      e in Inspect.Error ->
        IO.puts("rescued #{inspect(e.__struct__)}")
        IO.inspect(e.exception_module)
        IO.inspect(e.exception_message)
        IO.inspect(e.inspected_struct)
        IO.puts(Exception.message(e))
    end
  end

  def run do
    IO.puts(attempt(%Fragile{n: 5}))
    attempt(%Fragile{n: 0})
    attempt(%Fragile{n: 1})
    attempt([:ok, {%Fragile{n: 0}}])
    attempt(%{key: %Fragile{n: 1}})
    e = Inspect.Error.exception(exception: %RuntimeError{message: "m\n"}, stacktrace: [], inspected_struct: "%X{}")
    IO.inspect(e, structs: false)
    IO.puts(Exception.message(e))
    IO.puts(inspect(e))
  end
end

Main.run()
