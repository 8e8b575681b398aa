# Infinite streams: iterate, unfold, repeatedly, cycle, resource.
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
fib = Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
IO.inspect(Enum.take(fib, 15))
IO.inspect(Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list())
IO.inspect(Stream.repeatedly(fn -> :x end) |> Enum.take(3))
IO.inspect(Stream.cycle(~w(a b)) |> Stream.take(5) |> Enum.join())

res = Stream.resource(
  fn -> IO.puts("open"); 1 end,
  fn
    n when n > 3 -> {:halt, n}
    n -> {[n * 10], n + 1}
  end,
  fn n -> IO.puts("close at #{n}") end
)
IO.inspect(Enum.to_list(res))
IO.inspect(Enum.take(res, 2))

collatz = fn n ->
  Stream.iterate(n, fn
    x when rem(x, 2) == 0 -> div(x, 2)
    x -> 3 * x + 1
  end)
  |> Enum.take_while(&(&1 != 1))
  |> length()
end
IO.inspect(Enum.map(1..10, collatz))
