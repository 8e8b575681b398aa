# A 1,000,000-element list through Enum pipelines (map/filter/reduce/sum) and a sort.
# Usage: list.exs [N]; prints a checksum of the results and the microseconds the work took.
# The work sits in a module so that Elixir compiles it (top-level script code is interpreted).
defmodule Bench.List do
  def run(n) do
    list = Enum.to_list(1..n)
    piped = list |> Enum.map(&(&1 * 3)) |> Enum.filter(&(rem(&1, 2) == 0)) |> Enum.reduce(0, &+/2)
    summed = list |> Enum.map(fn x -> rem(x, 7) end) |> Enum.sum()
    sorted = list |> Enum.map(fn x -> rem(x * 7919, 1_000_003) end) |> Enum.sort()
    {piped, summed, hd(sorted), Enum.at(sorted, div(n, 2)), List.last(sorted), length(sorted)}
  end
end

n = String.to_integer(List.first(System.argv()) || "1000000")
# Warm-up: loads the modules the work uses on both sides, so the timing leaves out code loading.
Bench.List.run(10)
{us, result} = :timer.tc(fn -> Bench.List.run(n) end)
IO.puts("result: #{inspect(result)}")
IO.puts("us: #{us}")
