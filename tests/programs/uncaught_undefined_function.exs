# Calling a function that does not exist.
defmodule Greeter do
  def hello(name), do: "hello #{name}"
end

IO.puts(Greeter.hello("you"))
mod = Greeter
IO.puts(mod.goodbye("you"))
