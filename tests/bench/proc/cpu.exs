# Two CPU-bound processes (each sums a range with a tight loop) run at once; the run is
# timed from spawning both to receiving both results. Compare 1 and 2 schedulers.
# Usage: cpu.exs [N]; prints the result and the microseconds the work took.
defmodule Bench.Cpu do
  def sum_to(0, acc), do: acc
  def sum_to(n, acc), do: sum_to(n - 1, acc + rem(n * 7, 13))

  def run(n) do
    parent = self()
    for tag <- [:a, :b], do: spawn(fn -> send(parent, {tag, sum_to(n, 0)}) end)

    a = receive(do: ({:a, r} -> r))
    b = receive(do: ({:b, r} -> r))
    a + b
  end
end

n = String.to_integer(List.first(System.argv()) || "100000000")
{us, result} = :timer.tc(fn -> Bench.Cpu.run(n) end)
IO.puts("result: #{result}")
IO.puts("us: #{us}")
