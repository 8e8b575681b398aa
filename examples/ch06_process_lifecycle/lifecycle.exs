# Section 6.2.6: a GenServer runs in its own process. start waits for init/1; a
# callback that fails ends the server (its report is logged) and callers learn of it.
defmodule Fragile do
  use GenServer

  @impl true
  def init(parent) do
    send(parent, {:init_ran_in, self()})
    {:ok, parent}
  end

  @impl true
  def handle_call(:whoami, _from, parent), do: {:reply, self(), parent}
  def handle_call({:divide, a, b}, _from, parent), do: {:reply, div(a, b), parent}

  @impl true
  def terminate(reason, parent) do
    send(parent, {:terminating, reason})
  end
end

defmodule Wait do
  def message do
    receive do
      msg -> msg
    end
  end
end

{:ok, pid} = GenServer.start(Fragile, self())

{:init_ran_in, init_pid} = Wait.message()
IO.puts("init/1 ran in the server process: #{init_pid == pid}")

IO.puts("callbacks run there too: #{GenServer.call(pid, :whoami) == pid}")
IO.puts("and the caller is another process: #{pid != self()}")
IO.inspect(GenServer.call(pid, {:divide, 10, 3}))

ref = Process.monitor(pid)

try do
  GenServer.call(pid, {:divide, 1, 0})
catch
  :exit, {{%ArithmeticError{}, _stack}, {GenServer, :call, _}} -> IO.puts("the caller exited: ArithmeticError")
  :exit, {{:badarith, _stack}, {GenServer, :call, _}} -> IO.puts("the caller exited: badarith")
end

{:terminating, {reason, _stack}} = Wait.message()
IO.inspect(reason, label: "terminate/2 got")
{:DOWN, ^ref, :process, ^pid, {reason, _stack}} = Wait.message()
IO.inspect(reason, label: "the server went down with")

IO.inspect(Process.alive?(pid))

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
