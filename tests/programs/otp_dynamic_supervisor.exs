# DynamicSupervisor: children started one by one, kept by pid, restarted by their restart type;
# max_children, extra_arguments, `use DynamicSupervisor` under a Supervisor.
defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:stop), do: {:stop, :nope}
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

defmodule WithExtra do
  use GenServer
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

defmodule Dyn do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(arg) do
    IO.inspect(arg, label: "Dyn.init")
    DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 1)
  end
end

show = fn sup ->
  for {id, pid, type, modules} <- DynamicSupervisor.which_children(sup),
      do: {id, is_pid(pid), type, modules}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn)
{:ok, a} = DynamicSupervisor.start_child(sup, {Worker, 1})
{:ok, b} = DynamicSupervisor.start_child(:dyn, %{id: :ignored, start: {Worker, :start_link, [2]}, restart: :temporary})
IO.inspect(GenServer.call(a, :get))
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, :stop}))
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, :ignore}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Worker, :start_link, [3]}, restart: :never}))
IO.inspect(show.(sup))
IO.inspect(DynamicSupervisor.count_children(sup))

# Waits (without a fixed sleep) until `done?` holds.
wait_until = fn done? ->
  Stream.repeatedly(fn -> Process.sleep(5); done?.() end) |> Enum.find(& &1)
end

# a permanent child comes back with a new pid; a temporary one does not
Process.exit(a, :kill)
Process.exit(b, :kill)
wait_until.(fn ->
  match?([{_, p, _, _}] when is_pid(p) and p != a, DynamicSupervisor.which_children(sup))
end)
IO.inspect(DynamicSupervisor.count_children(sup))
[{_, a2, _, _}] = DynamicSupervisor.which_children(sup)
IO.inspect({a2 != a, GenServer.call(a2, :get)})
IO.inspect(DynamicSupervisor.terminate_child(sup, a2))
IO.inspect(DynamicSupervisor.terminate_child(sup, a2))
IO.inspect(DynamicSupervisor.count_children(sup))

IO.puts("-- max_children, extra_arguments")
{:ok, small} = DynamicSupervisor.start_link(max_children: 1, extra_arguments: [:extra])
{:ok, c} = DynamicSupervisor.start_child(small, {WithExtra, 5})
IO.inspect(GenServer.call(c, :get))
IO.inspect(DynamicSupervisor.start_child(small, {WithExtra, 6}))

IO.puts("-- use DynamicSupervisor")
IO.inspect(Dyn.child_spec(:a))
IO.inspect(DynamicSupervisor.init(strategy: :one_for_one))
IO.inspect(DynamicSupervisor.init(max_children: 3, extra_arguments: [1]))
{:ok, top} = Supervisor.start_link([{Dyn, 7}], strategy: :one_for_one)
IO.inspect(DynamicSupervisor.which_children(Dyn))
{:ok, w} = DynamicSupervisor.start_child(Dyn, {Worker, :under_dyn})

# two crashes within the period: Dyn gives up, the top supervisor starts a new, empty one
old = Process.whereis(Dyn)
Process.exit(w, :kill)
wait_until.(fn ->
  match?([{_, p, _, _}] when is_pid(p) and p != w, DynamicSupervisor.which_children(Dyn))
end)
[{_, w2, _, _}] = DynamicSupervisor.which_children(Dyn)
Process.exit(w2, :kill)
wait_until.(fn -> Process.whereis(Dyn) not in [nil, old] end)
IO.inspect({Process.alive?(old), is_pid(Process.whereis(Dyn))})
IO.inspect(DynamicSupervisor.count_children(Dyn))
IO.inspect(Supervisor.count_children(top))

IO.inspect(DynamicSupervisor.stop(sup))
IO.inspect(Process.whereis(:dyn))
