# Spawns N processes that each send one message back to the parent, and collects them.
# Usage: spawn.exs [N]; prints the result and the microseconds the work took.
defmodule Bench.Spawn do
  def run(n) do
    parent = self()
    Enum.each(1..n, fn i -> spawn(fn -> send(parent, {:done, i}) end) end)
    collect(n, 0)
  end

  defp collect(0, sum), do: sum

  defp collect(left, sum) do
    receive do
      {:done, i} -> collect(left - 1, sum + i)
    end
  end
end

n = String.to_integer(List.first(System.argv()) || "200000")
{us, result} = :timer.tc(fn -> Bench.Spawn.run(n) end)
IO.puts("result: #{result}")
IO.puts("us: #{us}")
