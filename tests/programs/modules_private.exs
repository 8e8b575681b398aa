# defp functions are callable only from inside their module.
defmodule Secret do
  def reveal(x), do: "the secret is #{scramble(x)}"
  defp scramble(x), do: x |> String.reverse() |> String.upcase()
end

IO.puts(Secret.reveal("abc"))
IO.inspect(function_exported?(Secret, :reveal, 1))
IO.inspect(function_exported?(Secret, :scramble, 1))

try do
  apply(Secret, :scramble, ["abc"])
rescue
  e in UndefinedFunctionError ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end
