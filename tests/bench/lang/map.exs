# 200,000 map puts, gets and updates on a map with integer keys.
# Usage: map.exs [N]; prints a checksum of the results and the microseconds the work took.
# The work sits in a module so that Elixir compiles it (top-level script code is interpreted).
defmodule Bench.Map do
  def run(n) do
    map = Enum.reduce(1..n, %{}, fn i, acc -> Map.put(acc, i, i * 2) end)
    got = Enum.reduce(1..n, 0, fn i, acc -> acc + Map.get(map, i) end)
    map = Enum.reduce(1..n, map, fn i, acc -> Map.update!(acc, rem(i * 7, n) + 1, &(&1 + 1)) end)
    map = Enum.reduce(1..n, map, fn i, acc -> %{acc | i => acc[i] - i} end)
    fetched = Enum.reduce(1..n, 0, fn i, acc -> acc + map_size(map) + Map.fetch!(map, i) end)
    {got, fetched, map_size(map), Enum.sum(Map.values(map))}
  end
end

n = String.to_integer(List.first(System.argv()) || "200000")
# Warm-up: loads the modules the work uses on both sides, so the timing leaves out code loading.
Bench.Map.run(10)
{us, result} = :timer.tc(fn -> Bench.Map.run(n) end)
IO.puts("result: #{inspect(result)}")
IO.puts("us: #{us}")
