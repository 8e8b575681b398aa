# Every return of init/1, with start and start_link.
defmodule Init do
  use GenServer

  # the argument is the return value, or a function making it
  @impl true
  def init(fun) when is_function(fun, 0), do: fun.()
  def init(ret), do: ret

  @impl true
  def handle_call(:state, _from, s), do: {:reply, s, s}

  @impl true
  def handle_info(:timeout, s) do
    send(s.parent, {:timeout_seen, s.tag})
    {:noreply, s}
  end

  @impl true
  def handle_continue(step, s) do
    send(s.parent, {:continued, step})
    {:noreply, Map.put(s, :continued, step)}
  end
end

parent = self()

# {:ok, state}
{:ok, pid} = GenServer.start(Init, {:ok, %{n: 1}})
IO.inspect(GenServer.call(pid, :state), label: "ok")

# {:ok, state, timeout}: :timeout arrives when nothing else does
{:ok, _pid} = GenServer.start(Init, {:ok, %{parent: parent, tag: :init_timeout}, 10})

receive do
  {:timeout_seen, tag} -> IO.inspect(tag, label: "timeout")
end

# {:ok, state, {:continue, term}}: handle_continue runs before any message
{:ok, pid} = GenServer.start(Init, {:ok, %{parent: parent}, {:continue, :warm_up}})

receive do
  {:continued, step} -> IO.inspect(step, label: "continue")
end

IO.inspect(GenServer.call(pid, :state).continued)

# {:ok, state, :hibernate}
{:ok, pid} = GenServer.start(Init, {:ok, :sleepy, :hibernate})
IO.inspect(GenServer.call(pid, :state), label: "hibernate")

# :ignore
IO.inspect(GenServer.start(Init, :ignore), label: "ignore")

# {:stop, reason}
IO.inspect(GenServer.start(Init, {:stop, :no_way}), label: "stop")

# a bad return
IO.inspect(GenServer.start(Init, :what), label: "bad return")

# init/1 runs in the new process, and start waits for it
{:ok, pid} = GenServer.start(Init, fn -> {:ok, self()} end)
IO.inspect(GenServer.call(pid, :state) == pid, label: "init runs in the server")

# a raise in init/1: start returns the exception and the stack
{:error, {%RuntimeError{message: msg}, stack}} = GenServer.start(Init, fn -> raise "init failed" end)
IO.inspect({msg, is_list(stack)}, label: "raise")

# exit in init/1
IO.inspect(GenServer.start(Init, fn -> exit(:init_exit) end), label: "exit")

# throw in init/1: the thrown value is the return value
IO.inspect(GenServer.start(Init, fn -> throw({:ok, :thrown_state}) end) |> elem(0), label: "throw")

# with start_link, the caller traps exits to survive a failing init
Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Init, {:stop, :linked_stop}), label: "start_link stop")

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT")
end

IO.inspect(GenServer.start_link(Init, :ignore), label: "start_link ignore")

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT")
end

# a name is released when init fails
IO.inspect(GenServer.start(Init, {:stop, :nope}, name: :init_named), label: "named stop")
IO.inspect(Process.whereis(:init_named))
IO.inspect(GenServer.start(Init, :ignore, name: :init_named), label: "named ignore")
IO.inspect(Process.whereis(:init_named))
{:ok, pid} = GenServer.start(Init, {:ok, :named}, name: :init_named)
IO.inspect(Process.whereis(:init_named) == pid)

# start/3 with a :timeout option: init taking too long
IO.inspect(GenServer.start(Init, fn -> Process.sleep(:infinity) end, timeout: 50), label: "init timeout")
