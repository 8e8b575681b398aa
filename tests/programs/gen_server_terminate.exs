# terminate/2: when it runs and with which reason.
defmodule Term do
  use GenServer

  @impl true
  def init({parent, trap}) do
    Process.flag(:trap_exit, trap)
    {:ok, parent}
  end

  @impl true
  def handle_call({:stop, reason}, _from, parent), do: {:stop, reason, :ok, parent}

  @impl true
  def handle_cast({:stop, reason}, parent), do: {:stop, reason, parent}

  @impl true
  def handle_info({:EXIT, _from, reason} = msg, parent) do
    send(parent, {:info, msg |> elem(0), reason})
    {:noreply, parent}
  end

  @impl true
  def terminate(reason, parent) do
    send(parent, {:terminate, reason})
    :ignored_return
  end
end

defmodule T do
  def start(trap \\ false) do
    {:ok, pid} = GenServer.start(Term, {self(), trap})
    ref = Process.monitor(pid)
    {pid, ref}
  end

  # everything the server reported, then how it went down
  def outcome(ref) do
    receive do
      {:terminate, reason} -> [{:terminate, reason} | outcome(ref)]
      {:info, tag, reason} -> [{:info, tag, reason} | outcome(ref)]
      {:DOWN, ^ref, :process, _, reason} -> [{:down, reason}]
    end
  end
end

{pid, ref} = T.start()
GenServer.cast(pid, {:stop, :normal})
IO.inspect(T.outcome(ref), label: "stop :normal")

{pid, ref} = T.start()
GenServer.call(pid, {:stop, {:shutdown, :tidy}})
IO.inspect(T.outcome(ref), label: "stop {:shutdown, _}")

{pid, ref} = T.start()
IO.inspect(GenServer.stop(pid, :shutdown), label: "GenServer.stop/2")
IO.inspect(T.outcome(ref), label: "stop :shutdown")

{pid, ref} = T.start()
IO.inspect(GenServer.stop(pid), label: "GenServer.stop/1")
IO.inspect(T.outcome(ref), label: "default reason")

# an exit signal from outside: terminate runs only when the server traps exits
{pid, ref} = T.start()
Process.exit(pid, :shutdown)
IO.inspect(T.outcome(ref), label: "exit signal, not trapping")

{pid, ref} = T.start(true)
Process.exit(pid, :shutdown)

receive do
  {:info, tag, reason} -> IO.inspect({tag, reason}, label: "exit signal from a stranger, trapping")
end

GenServer.stop(pid, :done)
IO.inspect(T.outcome(ref), label: "then stopped")

# a trapping server linked to its parent: the parent's exit reaches terminate
parent = self()

starter =
  spawn(fn ->
    {:ok, pid} = GenServer.start_link(Term, {parent, true})
    send(parent, {:server, pid})

    receive do
      {:die, reason} -> exit(reason)
    end
  end)

pid =
  receive do
    {:server, pid} -> pid
  end

ref = Process.monitor(pid)
send(starter, {:die, :parent_quit})
IO.inspect(T.outcome(ref), label: "parent exit, trapping")

# :kill skips terminate
{pid, ref} = T.start(true)
Process.exit(pid, :kill)
IO.inspect(T.outcome(ref), label: "kill")

# an exception in terminate
defmodule BadTerminate do
  use GenServer
  def init(x), do: {:ok, x}
  def terminate(_reason, _state), do: raise("terminate failed")
end

{:ok, pid} = GenServer.start(BadTerminate, nil)
ref = Process.monitor(pid)

try do
  GenServer.stop(pid, :normal)
catch
  :exit, {{%RuntimeError{message: m}, _}, {GenServer, :stop, [_, reason, timeout]}} ->
    IO.inspect({m, reason, timeout}, label: "stop exits")
end

receive do
  {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.inspect(m, label: "down")
end

# stopping a dead or unknown server
try do
  GenServer.stop(pid)
catch
  :exit, {reason, {GenServer, :stop, [p, :normal, :infinity]}} ->
    IO.inspect({reason, p == pid}, label: "stop dead")
end

try do
  GenServer.stop(:no_server)
catch
  :exit, reason -> IO.inspect(reason, label: "stop unknown")
end
