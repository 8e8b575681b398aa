defmodule Counter do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_cast(:inc, s), do: {:noreply, s + 1}
  def handle_call(:get, _, s), do: {:reply, s, s}
end

{:ok, pid} = GenServer.start_link(Counter, nil)
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
GenServer.call(pid, :unknown_msg)
