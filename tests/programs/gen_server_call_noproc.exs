# A call to a server that is not there, uncaught: the script exits with the formatted reason.
defmodule Quiet do
  use GenServer
  def init(x), do: {:ok, x}
end

{:ok, pid} = GenServer.start(Quiet, :state)
GenServer.stop(pid)
IO.puts("calling a stopped server")
GenServer.call(:not_a_registered_server, :hello)
