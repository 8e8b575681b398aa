defmodule Gen do
  def fib_stream do
    Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
  end

  def collatz(n) do
    Stream.iterate(n, fn
      1 -> 1
      n when rem(n, 2) == 0 -> div(n, 2)
      n -> 3 * n + 1
    end)
    |> Stream.take_while(&(&1 != 1))
    |> Enum.to_list()
    |> Kernel.++([1])
  end
end

IO.inspect(Gen.fib_stream() |> Enum.take(15))
IO.inspect(Gen.collatz(6))
s = Stream.map(1..3, fn x -> IO.puts("mapping #{x}"); x * 2 end)
IO.puts("stream built")
IO.inspect(Enum.to_list(s))
IO.inspect(Stream.cycle([:a, :b]) |> Stream.with_index() |> Enum.take(3))
IO.inspect(1..20 |> Stream.chunk_every(6) |> Enum.to_list())
IO.inspect(Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> IO.puts("cleanup") end) |> Enum.to_list())
IO.inspect(Stream.zip([1, 2, 3], ~w(a b c)) |> Enum.to_list())
IO.inspect(Stream.flat_map([1, 2], &[&1, &1 * 10]) |> Enum.to_list())
IO.inspect(Stream.repeatedly(fn -> :x end) |> Enum.take(2))
IO.inspect(Stream.dedup([1, 1, 2, 2, 1]) |> Enum.to_list())
IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
IO.inspect(Stream.transform(1..5, 0, fn x, acc -> if acc > 5, do: {:halt, acc}, else: {[x], acc + x} end) |> Enum.to_list())
IO.inspect(Enum.take(Stream.interval(1) |> Stream.map(&(&1 * 0)), 0))
IO.inspect(is_function(Stream.map([1], & &1), 2) or match?(%Stream{}, Stream.map([1], & &1)))
IO.inspect(Stream.concat([1, 2], [3]) |> Stream.filter(&(&1 > 1)) |> Enum.sum())
IO.inspect(Stream.take(1..1_000_000_000, 3) |> Enum.to_list())
