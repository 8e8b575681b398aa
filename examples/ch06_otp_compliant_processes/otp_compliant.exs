# Section 6.2.7: an OTP-compliant process is started with start_link (linked to its
# starter), can be described by child_spec/1, and takes part in exit signals.
defmodule Ticker do
  use GenServer, restart: :transient

  def start_link(start_at), do: GenServer.start_link(__MODULE__, start_at, name: __MODULE__)
  def tick, do: GenServer.call(__MODULE__, :tick)

  @impl true
  def init(start_at), do: {:ok, start_at}

  @impl true
  def handle_call(:tick, _from, n), do: {:reply, {:tick, n}, n + 1}
end

IO.inspect(Ticker.child_spec(1))

# the spec says how to start the server
%{start: {mod, fun, args}} = Ticker.child_spec(1)
{:ok, pid} = apply(mod, fun, args)
IO.inspect([Ticker.tick(), Ticker.tick(), Ticker.tick()])

# start_link links the server to its starter
{:links, links} = Process.info(self(), :links)
IO.inspect(pid in links, label: "linked")

# an owner that traps exits learns when its linked server stops
Process.flag(:trap_exit, true)
GenServer.stop(Ticker, :shutdown)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT from the server")
end
