# Spawns N processes that all wait in receive, and measures the memory they take: the
# resident set size (from /proc/self/status) before and after, per process.
# Usage: idle.exs [N]; prints the result, the microseconds spawning took and bytes per process.
defmodule Bench.Idle do
  def rss_bytes do
    "/proc/self/status"
    |> File.read!()
    |> String.split("\n")
    |> Enum.find_value(fn line ->
      case String.split(line) do
        ["VmRSS:", kb, "kB"] -> String.to_integer(kb) * 1024
        _ -> nil
      end
    end)
  end

  def wait do
    receive do
      :stop -> :ok
    end
  end

  def spawn_all(0, acc), do: acc
  def spawn_all(n, acc), do: spawn_all(n - 1, [spawn(&wait/0) | acc])
end

n = String.to_integer(List.first(System.argv()) || "1000000")
before = Bench.Idle.rss_bytes()
{us, pids} = :timer.tc(fn -> Bench.Idle.spawn_all(n, []) end)
alive = Enum.count(pids, &Process.alive?/1)
after_spawn = Bench.Idle.rss_bytes()
IO.puts("result: #{alive} alive")
IO.puts("us: #{us}")
IO.puts("bytes_per_process: #{div(after_spawn - before, n)}")
Enum.each(pids, &send(&1, :stop))
