# A macro of a module that was not required, called at the top level of a
# module's function: the uncaught error says to require the module.
defmodule Parity do
  def describe(n) do
    if Integer.is_even(n), do: "even", else: "odd"
  end
end

IO.puts("before")
IO.puts(Parity.describe(3))
