# A plain linked process crashes: the script dies with it, and Elixir halts
# before its Logger prints the crashed process's own report.
defmodule Worker do
  def start(items), do: spawn_link(fn -> process(items) end)
  defp process(items), do: Enum.each(items, fn i -> IO.puts("item #{10 / i}") end)
end

Worker.start([1, 2, 0])
Process.sleep(200)
IO.puts("not reached")
