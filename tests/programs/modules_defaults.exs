# Default arguments, including a function head for multi-clause defaults.
defmodule Greeter do
  def hello(name, greeting \\ "Hello", punct \\ "!") do
    "#{greeting}, #{name}#{punct}"
  end

  def join(a, b \\ nil, sep \\ " ")
  def join(a, nil, _sep), do: a
  def join(a, b, sep), do: a <> sep <> b

  def middle(a, b \\ 2, c), do: {a, b, c}

  def counter(start \\ default_start()), do: start + 1
  defp default_start, do: 100
end

IO.puts(Greeter.hello("Ann"))
IO.puts(Greeter.hello("Ann", "Hi"))
IO.puts(Greeter.hello("Ann", "Hey", "?"))
IO.inspect(Greeter.join("a"))
IO.inspect(Greeter.join("a", "b"))
IO.inspect(Greeter.join("a", "b", "-"))
IO.inspect(Greeter.middle(1, 3))
IO.inspect(Greeter.middle(1, 5, 3))
IO.inspect(Greeter.counter())
IO.inspect(Greeter.counter(1))
IO.inspect(function_exported?(Greeter, :hello, 1))
IO.inspect(function_exported?(Greeter, :hello, 2))
IO.inspect(function_exported?(Greeter, :hello, 3))
IO.inspect(function_exported?(Greeter, :hello, 4))
