# start_link: the server is linked to its starter; crashes travel both ways.
defmodule Worker do
  use GenServer

  @impl true
  def init(:ok), do: {:ok, 0}

  @impl true
  def handle_cast(:crash, _s), do: {:stop, :worker_crashed, 0}
  def handle_cast(:normal, s), do: {:stop, :normal, s}

  @impl true
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

defmodule Owner do
  # a process that starts a linked worker and reports it to the test
  def start(parent, trap) do
    spawn(fn ->
      Process.flag(:trap_exit, trap)
      {:ok, worker} = GenServer.start_link(Worker, :ok)
      send(parent, {:worker, worker})
      loop(parent)
    end)
  end

  defp loop(parent) do
    receive do
      {:EXIT, _from, reason} ->
        send(parent, {:owner_trapped, reason})
        loop(parent)

      {:ping, from} ->
        send(from, :owner_alive)
        loop(parent)

      :exit_now ->
        exit(:owner_gone)
    end
  end

  def worker do
    receive do
      {:worker, w} -> w
    end
  end
end

defmodule Wait do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

parent = self()

# the worker crashes: a non-trapping owner dies with it
owner = Owner.start(parent, false)
worker = Owner.worker()
ref = Process.monitor(owner)
GenServer.cast(worker, :crash)
IO.inspect(Wait.down(ref), label: "owner")

# a trapping owner gets {:EXIT, worker, reason} and lives on
owner = Owner.start(parent, true)
worker = Owner.worker()
GenServer.cast(worker, :crash)

receive do
  {:owner_trapped, reason} -> IO.inspect(reason, label: "trapped")
end

IO.inspect(Process.alive?(owner))

# a normal stop does not take the owner down
owner = Owner.start(parent, false)
worker = Owner.worker()
wref = Process.monitor(worker)
GenServer.cast(worker, :normal)
IO.inspect(Wait.down(wref), label: "worker")
send(owner, {:ping, self()})

receive do
  :owner_alive -> IO.puts("owner alive after a normal stop")
end

# the owner dies: the linked worker (not trapping) goes too, with the owner's reason
owner = Owner.start(parent, false)
worker = Owner.worker()
wref = Process.monitor(worker)
send(owner, :exit_now)
IO.inspect(Wait.down(wref), label: "worker after owner exit")

# the links
owner = Owner.start(parent, false)
worker = Owner.worker()
IO.inspect(Process.info(worker, :links) == {:links, [owner]})
IO.inspect(Process.info(owner, :links) == {:links, [worker]})

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
