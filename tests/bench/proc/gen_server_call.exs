# N GenServer.call round trips to one counter server.
# Usage: gen_server_call.exs [N]; prints the result and the microseconds the work took.
defmodule Bench.Counter do
  use GenServer

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
end

defmodule Bench.Calls do
  def run(pid, 0, last), do: {pid, last}
  def run(pid, n, _last), do: run(pid, n - 1, GenServer.call(pid, :bump))
end

n = String.to_integer(List.first(System.argv()) || "200000")
{:ok, pid} = GenServer.start(Bench.Counter, 0)
{us, {_pid, result}} = :timer.tc(fn -> Bench.Calls.run(pid, n, 0) end)
IO.puts("result: #{result}")
IO.puts("us: #{us}")
