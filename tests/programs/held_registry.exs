# Registry as chapter 9 uses it: a process registry for {:via, Registry, ...} names,
# plus the rest of the API a reader tries out.
defmodule Todo.ProcessRegistry do
  def start_link do
    Registry.start_link(keys: :unique, name: __MODULE__)
  end

  def via_tuple(key) do
    {:via, Registry, {__MODULE__, key}}
  end

  def child_spec(_) do
    Supervisor.child_spec(
      Registry,
      id: __MODULE__,
      start: {__MODULE__, :start_link, []}
    )
  end
end

defmodule Todo.Server do
  use GenServer, restart: :temporary

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via_tuple(name))
  def add(name, entry), do: GenServer.cast(via_tuple(name), {:add, entry})
  def entries(name), do: GenServer.call(via_tuple(name), :entries)
  defp via_tuple(name), do: Todo.ProcessRegistry.via_tuple({__MODULE__, name})

  @impl true
  def init(name) do
    IO.puts("Starting to-do server for #{name}")
    {:ok, {name, []}}
  end

  @impl true
  def handle_cast({:add, e}, {name, es}), do: {:noreply, {name, [e | es]}}

  @impl true
  def handle_call(:entries, _, {_name, es} = s), do: {:reply, Enum.reverse(es), s}
end

IO.inspect(Todo.ProcessRegistry.child_spec(nil))
{:ok, _} = Supervisor.start_link([Todo.ProcessRegistry], strategy: :one_for_one)
{:ok, alice} = Todo.Server.start_link("alice")
{:ok, _bob} = Todo.Server.start_link("bob")
IO.inspect(Todo.Server.start_link("alice") == {:error, {:already_started, alice}})
Todo.Server.add("alice", "Dentist")
Todo.Server.add("alice", "Movies")
Todo.Server.add("bob", "Shopping")
IO.inspect(Todo.Server.entries("alice"))
IO.inspect(Todo.Server.entries("bob"))
IO.inspect(Registry.count(Todo.ProcessRegistry))
IO.inspect(Registry.lookup(Todo.ProcessRegistry, {Todo.Server, "alice"}) == [{alice, nil}])
IO.inspect(Registry.keys(Todo.ProcessRegistry, alice))

ref = Process.monitor(alice)
Process.unlink(alice)
Process.exit(alice, :kill)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "alice down")
end

IO.inspect(Registry.lookup(Todo.ProcessRegistry, {Todo.Server, "alice"}), label: "after death")

try do
  Todo.Server.entries("alice")
catch
  :exit, {reason, {GenServer, :call, [name, msg, timeout]}} ->
    IO.inspect({reason, name, msg, timeout}, label: "call to dead name")
end

{:ok, alice2} = Todo.Server.start_link("alice")
IO.inspect(alice2 != alice)
IO.inspect(Todo.Server.entries("alice"))

# the rest of the API, on registries of our own
{:ok, _} = Registry.start_link(keys: :unique, name: Unique, meta: [owner: :me])
{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)

{:ok, owner} = Registry.register(Unique, "k", 1)
IO.inspect(is_pid(owner))
IO.inspect(Registry.register(Unique, "k", 2) == {:error, {:already_registered, self()}})
IO.inspect(Registry.update_value(Unique, "k", &(&1 + 41)))
IO.inspect(Registry.update_value(Unique, "none", &(&1 + 1)))
IO.inspect(Registry.values(Unique, "k", self()))
IO.inspect(Registry.match(Unique, "k", :"$1", [{:>, :"$1", 40}]) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.match(Unique, "k", :"$1", [{:<, :"$1", 40}]))
IO.inspect(Registry.meta(Unique, :owner))
IO.inspect(Registry.meta(Unique, :missing))
IO.inspect(Registry.put_meta(Unique, :missing, :found))
IO.inspect(Registry.meta(Unique, :missing))
IO.inspect(Registry.unregister(Unique, "k"))
IO.inspect(Registry.lookup(Unique, "k"))
IO.inspect(Registry.register_name({Unique, :named}, self()))
IO.inspect(Registry.register_name({Unique, :named}, self()))
IO.inspect(Registry.whereis_name({Unique, :named}) == self())
IO.inspect(Registry.whereis_name({Unique, :nobody}))
Registry.send({Unique, :named}, :via_send)
receive do
  m -> IO.inspect(m, label: "got")
end
IO.inspect(Registry.unregister_name({Unique, :named}))

for v <- [:a, :b, :c], do: {:ok, _} = Registry.register(Topics, "news", v)
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count_match(Topics, "news", :_))
IO.inspect(Registry.keys(Topics, self()))
Registry.dispatch(Topics, "news", fn entries ->
  for {pid, v} <- entries, do: send(pid, {:broadcast, v})
end)
for _ <- 1..3 do
  receive do
    {:broadcast, v} -> IO.inspect(v, label: "broadcast")
  end
end
IO.inspect(Registry.unregister_match(Topics, "news", :b))
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.select(Topics, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}]))

try do
  Registry.whereis_name({Topics, "news"})
rescue
  e -> IO.inspect(e)
end

try do
  Registry.lookup(NoSuchRegistry, :x)
rescue
  e -> IO.inspect(e)
end

try do
  Registry.start_link(name: Bad)
rescue
  e -> IO.inspect(e)
end

try do
  Registry.start_link(keys: :unique)
rescue
  e -> IO.inspect(e)
end

IO.inspect(Registry.start_link(keys: :unique, name: Unique) |> elem(0))
