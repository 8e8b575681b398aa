# Recursive functions over numbers and lists.
defmodule Rec do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)

  def rev(list), do: rev(list, [])
  defp rev([], acc), do: acc
  defp rev([h | t], acc), do: rev(t, [h | acc])

  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]

  def positive([]), do: []
  def positive([h | t]) when h > 0, do: [h | positive(t)]
  def positive([_ | t]), do: positive(t)

  def print_down(0), do: IO.puts("liftoff")
  def print_down(n) do
    IO.puts(n)
    print_down(n - 1)
  end

  def ackermann(0, n), do: n + 1
  def ackermann(m, 0), do: ackermann(m - 1, 1)
  def ackermann(m, n), do: ackermann(m - 1, ackermann(m, n - 1))
end

IO.inspect(Rec.fact(20))
IO.inspect(Rec.fib(20))
IO.inspect(Rec.len([1, 2, 3, 4]))
IO.inspect(Rec.rev([1, 2, 3, 4]))
IO.inspect(Rec.range(3, 9))
IO.inspect(Rec.positive([-1, 2, -3, 4, 0, 5]))
Rec.print_down(3)
IO.inspect(Rec.ackermann(2, 3))
