# Integers grow past 64 bits without losing precision.
defmodule Big do
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)
end

IO.puts(Big.fact(30))
IO.puts(Big.fact(52))
IO.puts(Big.fib(200))
max64 = 9_223_372_036_854_775_807
IO.inspect(max64 + 1)
IO.inspect(-max64 - 2)
IO.inspect(max64 * max64)
IO.inspect(2 ** 100)
IO.inspect(div(2 ** 100, 3))
IO.inspect(rem(2 ** 100, 7))
IO.inspect(div(-(2 ** 70), 3))
IO.inspect(rem(-(2 ** 70), 3))
IO.inspect(2 ** 64 > 2 ** 63)
IO.inspect(2 ** 64 == 18_446_744_073_709_551_616)
IO.inspect((2 ** 64 - 2 ** 64) === 0)
IO.inspect(2 ** 80 / 2 ** 40)
IO.inspect(Integer.to_string(2 ** 70, 16))
IO.inspect(String.length(Integer.to_string(Big.fact(100))))
IO.inspect(Integer.digits(2 ** 65) |> Enum.sum())
IO.inspect(abs(-(2 ** 65)))
IO.inspect(Bitwise.band(2 ** 70 + 5, 0xFF))
IO.inspect(Bitwise.bsl(1, 80))
IO.inspect(Bitwise.bsr(2 ** 80, 78))
