# `use Supervisor`: a module's init/1 gives the children through Supervisor.init/2; supervisors
# nested in supervisors, :ignore and a bad return from init/1, and a child supervisor that gives up.
defmodule Counter do
  use Agent
  def start_link(start), do: Agent.start_link(fn -> start end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def bump, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule Crashy do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def init(nil), do: {:ok, nil}
  def handle_cast(:crash, s), do: {:stop, :boom, s}
end

defmodule Inner do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(start) do
    IO.inspect(start, label: "Inner.init")
    Supervisor.init([{Counter, start}, Crashy], strategy: :one_for_one, max_restarts: 1)
  end
end

defmodule Outer do
  use Supervisor, restart: :transient

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  @impl true
  def init(arg) do
    children = [{Inner, arg}, %{id: :task, start: {Task, :start_link, [fn -> Process.sleep(:infinity) end]}}]
    Supervisor.init(children, strategy: :rest_for_one)
  end
end

defmodule Ignoring do
  use Supervisor
  def init(_), do: :ignore
end

defmodule BadInit do
  use Supervisor
  def init(_), do: :what
end

IO.inspect(Supervisor.init([{Counter, 1}, Crashy], strategy: :one_for_one))
IO.inspect(Supervisor.init([], strategy: :one_for_all, max_restarts: 1, max_seconds: 2))
IO.inspect(Inner.child_spec(5))
IO.inspect(Outer.child_spec(:arg))

{:ok, outer} = Outer.start_link(10)

# Waits (without a fixed sleep) until `name` is registered to a process other than `old`.
wait_new = fn name, old ->
  Stream.repeatedly(fn -> Process.sleep(5); Process.whereis(name) end)
  |> Enum.find(fn pid -> pid != nil and pid != old end)
end

show = fn sup ->
  for {id, pid, type, modules} <- Supervisor.which_children(sup),
      do: {id, is_pid(pid), type, modules}
end

IO.inspect(show.(outer))
IO.inspect(show.(Inner))
IO.inspect(Supervisor.count_children(outer))
Counter.bump()
IO.inspect(Counter.value(), label: "value")

# Crashy crashes once: restarted; Counter keeps its state
crashy = Process.whereis(Crashy)
GenServer.cast(Crashy, :crash)
wait_new.(Crashy, crashy)
IO.inspect(Counter.value(), label: "value after one crash")

# twice within the period: Inner gives up, Outer restarts it (and, rest_for_one, the task)
inner = Process.whereis(Inner)
[{:task, task, _, _} | _] = Supervisor.which_children(outer)
crashy = Process.whereis(Crashy)
GenServer.cast(Crashy, :crash)
wait_new.(Crashy, crashy)
wait_new.(Inner, inner)
wait_new.(Counter, nil)
IO.inspect({Process.alive?(inner), Process.alive?(task)}, label: "old inner and task alive")
IO.inspect(Counter.value(), label: "value after the restart of Inner")
IO.inspect(show.(outer))

Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link(Ignoring, 1))
IO.inspect(Supervisor.start_link(BadInit, 1))
IO.inspect(Supervisor.stop(outer))
IO.inspect(Process.whereis(Counter))

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
