# GenServer.call timeouts: the caller exits with :timeout, the server goes on, a late reply is dropped.
defmodule Slow do
  use GenServer

  @impl true
  def init(parent), do: {:ok, parent}

  @impl true
  def handle_call({:wait_for, tag}, _from, parent) do
    # blocks until the test says so, so the caller's timeout surely comes first
    receive do
      {:release, ^tag} -> :ok
    end

    send(parent, {:released, tag})
    {:reply, {:late_reply, tag}, parent}
  end

  def handle_call(:ping, _from, parent), do: {:reply, :pong, parent}
end

{:ok, pid} = GenServer.start(Slow, self())

try do
  GenServer.call(pid, {:wait_for, 1}, 20)
catch
  :exit, {reason, {GenServer, :call, [server, msg, timeout]}} ->
    IO.inspect({reason, server == pid, msg, timeout}, label: "timeout exit")
end

send(pid, {:release, 1})

receive do
  {:released, 1} -> :ok
end

IO.inspect(GenServer.call(pid, :ping), label: "the server goes on")
IO.inspect(Process.info(self(), :message_queue_len), label: "no stray reply")

# a timeout of 0
try do
  GenServer.call(pid, {:wait_for, 2}, 0)
catch
  :exit, {reason, _} -> IO.inspect(reason, label: "timeout 0")
end

send(pid, {:release, 2})

receive do
  {:released, 2} -> :ok
end

IO.inspect(GenServer.call(pid, :ping))
IO.inspect(Process.info(self(), :messages), label: "mailbox")
