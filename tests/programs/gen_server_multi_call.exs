# GenServer.abcast and multi_call on a single node.
defmodule E do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:get, _f, s), do: {:reply, s, s}
  def handle_cast({:set, v}, _s), do: {:noreply, v}
end
GenServer.start(E, 1, name: :e)
IO.inspect GenServer.abcast(:e, {:set, 5})
IO.inspect GenServer.multi_call(:e, :get)
IO.inspect GenServer.multi_call(:nobody, :get)
IO.inspect GenServer.abcast([node()], :e, {:set, 7})
IO.inspect GenServer.multi_call([node()], :e, :get, 1000)
