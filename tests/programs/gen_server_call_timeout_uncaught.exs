# A call that times out, uncaught.
defmodule Sleepy do
  use GenServer
  def init(x), do: {:ok, x}

  def handle_call(:wait, _from, s) do
    receive do
      :never -> :ok
    end

    {:reply, :ok, s}
  end
end

{:ok, _pid} = GenServer.start(Sleepy, :state, name: :sleepy)
IO.puts("calling")
GenServer.call(:sleepy, :wait, 50)
