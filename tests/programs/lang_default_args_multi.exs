defmodule Greeter do
  def greet(name, greeting \\ "Hello", punct \\ "!")
  def greet(name, greeting, punct) when is_binary(name), do: "#{greeting}, #{name}#{punct}"
  def greet(names, greeting, punct) when is_list(names), do: Enum.map(names, &greet(&1, greeting, punct))

  def range(from \\ 0, to), do: Enum.to_list(from..to)

  def opts(a, opts \\ []) do
    sep = Keyword.get(opts, :sep, ",")
    upper = Keyword.get(opts, :upper, false)
    s = Enum.join(a, sep)
    if upper, do: String.upcase(s), else: s
  end

  def join(a, b \\ nil, c \\ nil), do: [a, b, c] |> Enum.reject(&is_nil/1) |> Enum.join("+")
end

IO.puts(Greeter.greet("Ann"))
IO.puts(Greeter.greet("Bob", "Hi"))
IO.puts(Greeter.greet("Cy", "Yo", "?"))
IO.inspect(Greeter.greet(["A", "B"], "Hey"))
IO.inspect(Greeter.range(3))
IO.inspect(Greeter.range(2, 4))
IO.inspect(Greeter.opts(~w(a b c)))
IO.inspect(Greeter.opts(~w(a b c), sep: "-", upper: true))
IO.inspect(Greeter.opts(~w(a b), upper: true))
IO.inspect(Greeter.join(1))
IO.inspect(Greeter.join(1, 2))
IO.inspect(Greeter.join(1, 2, 3))
IO.inspect(Greeter.__info__(:functions))
IO.inspect(function_exported?(Greeter, :greet, 1))
IO.inspect(function_exported?(Greeter, :greet, 4))
IO.inspect((&Greeter.greet/2) |> is_function(2))
Greeter.greet(:nobody)
