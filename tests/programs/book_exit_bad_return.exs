defmodule BadServer do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:ping, _from, state), do: {:reply, :pong, state}
  def handle_call(_, _from, _state), do: :oops
end

{:ok, pid} = GenServer.start_link(BadServer, nil)
IO.inspect(GenServer.call(pid, :ping))
GenServer.call(pid, :other)
