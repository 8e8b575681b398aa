# A GenServer whose callback fails logs "GenServer ... terminating" with the reason, the last message
# and the state; its monitor and callers see the exit reason.
defmodule Fragile do
  use GenServer

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call(:raise, _from, _s), do: raise("call failed")
  def handle_call(:badarith, _from, s), do: {:reply, 1 / s.zero, s}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}

  def handle_call(:crash_when_released, _from, s) do
    send(s, :in_call)

    receive do
      :release -> raise "crashed after the caller died"
    end

    {:reply, :never, s}
  end

  @impl true
  def handle_cast(:raise, _s), do: raise(ArgumentError, "cast failed")
  def handle_cast(:throw, _s), do: throw(:thrown_value)
  def handle_cast(:bad_return, _s), do: :not_a_valid_return
  def handle_cast({:stop, reason}, s), do: {:stop, reason, s}
  def handle_cast(:continue_crash, s), do: {:noreply, s, {:continue, :crash}}

  @impl true
  def handle_continue(:crash, _s), do: raise("continue failed")

  @impl true
  def handle_info(:raise, _s), do: raise(KeyError, key: :missing, term: %{})
  def handle_info(:exit, _s), do: exit({:custom, :exit})
end

defmodule Run do
  # starts a server, does `action`, returns the reason it went down with
  def crash(state, action) do
    {:ok, pid} = GenServer.start(Fragile, state)
    ref = Process.monitor(pid)
    action.(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> describe(reason)
    end
  end

  # a client calls, is killed while the server is in handle_call, then the server crashes
  def kill_client_then_crash(pid) do
    caller = spawn(fn -> GenServer.call(pid, :crash_when_released) end)
    ref = Process.monitor(caller)

    receive do
      :in_call -> Process.exit(caller, :kill)
    end

    receive do
      {:DOWN, ^ref, :process, _, :killed} -> send(pid, :release)
    end
  end

  def describe({%{__exception__: true} = e, stack}) when is_list(stack),
    do: {e.__struct__, Exception.message(e)}

  def describe({reason, stack}) when is_list(stack) and stack != [], do: {:with_stack, reason}
  def describe(reason), do: reason
end

IO.inspect(Run.crash(%{n: 1}, &GenServer.cast(&1, :raise)), label: "cast raise")
IO.inspect(Run.crash(:cast_state, &GenServer.cast(&1, :throw)), label: "cast throw")
IO.inspect(Run.crash([1, 2, 3], &GenServer.cast(&1, :bad_return)), label: "bad return")
IO.inspect(Run.crash({:a, "b"}, &GenServer.cast(&1, {:stop, :custom_reason})), label: "stop")
IO.inspect(Run.crash(nil, &GenServer.cast(&1, {:stop, {:error, 42}})), label: "stop tuple")
IO.inspect(Run.crash(%{}, &send(&1, :raise)), label: "info raise")
IO.inspect(Run.crash("state", &send(&1, :exit)), label: "info exit")

# a call that crashes the server: the caller exits too, with the server's reason
IO.inspect(
  Run.crash(%{zero: 0}, fn pid ->
    try do
      GenServer.call(pid, :badarith)
    catch
      :exit, {reason, {GenServer, :call, [_, :badarith, 5000]}} ->
        IO.inspect(Run.describe(reason), label: "caller")
    end
  end),
  label: "call badarith"
)

IO.inspect(
  Run.crash(:named, fn pid ->
    Process.register(pid, :fragile)

    try do
      GenServer.call(:fragile, :raise)
    catch
      :exit, {reason, {GenServer, :call, [:fragile, :raise, 5000]}} ->
        IO.inspect(Run.describe(reason), label: "caller")
    end
  end),
  label: "named call raise"
)

IO.inspect(Run.crash(:continued, &GenServer.cast(&1, :continue_crash)), label: "continue raise")

# the report says whether the client of the failing call is still alive
IO.inspect(
  Run.crash(self(), &Run.kill_client_then_crash/1),
  label: "client dead"
)

# :normal, :shutdown and {:shutdown, _} are not logged
IO.inspect(Run.crash(1, &GenServer.cast(&1, {:stop, :normal})), label: "normal")
IO.inspect(Run.crash(2, &GenServer.cast(&1, {:stop, :shutdown})), label: "shutdown")
IO.inspect(Run.crash(3, &GenServer.cast(&1, {:stop, {:shutdown, :fine}})), label: "shutdown tuple")

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
