# Naive doubly recursive Fibonacci: function calls, guards and integer arithmetic.
# Usage: fib.exs [N]; prints the result and the microseconds the work took.
defmodule Bench.Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

n = String.to_integer(List.first(System.argv()) || "32")
{us, result} = :timer.tc(fn -> Bench.Fib.fib(n) end)
IO.puts("result: #{result}")
IO.puts("us: #{us}")
