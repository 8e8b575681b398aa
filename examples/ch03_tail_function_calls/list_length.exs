# Section 3.4.2: a call in tail position does not grow the stack,
# so an accumulator-based loop can run for as long as needed.
defmodule Counter do
  def len(list), do: do_len(0, list)

  defp do_len(acc, []), do: acc
  defp do_len(acc, [_ | tail]), do: do_len(acc + 1, tail)

  def range(from, to), do: do_range(to, from, [])
  defp do_range(current, from, acc) when current < from, do: acc
  defp do_range(current, from, acc), do: do_range(current - 1, from, [current | acc])

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + 1)
end

IO.inspect(Counter.len([:a, :b, :c]))
IO.inspect(Counter.range(3, 8))
IO.inspect(Counter.len(Counter.range(1, 500_000)))
IO.inspect(Counter.loop(5_000_000, 0))
