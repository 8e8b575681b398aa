# What a supervisor does when a child ends: the three strategies, the restart types, and the
# restart intensity past which it gives up (it stops its children and exits with :shutdown).
defmodule Named do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  def init(name) do
    IO.puts("start #{name}")
    {:ok, name}
  end

  def handle_cast(:stop, name), do: {:stop, :bad, name}
  def handle_cast(:normal, name), do: {:stop, :normal, name}
end

defmodule Trapping do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  def init(name) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{name}")
    {:ok, name}
  end

  def terminate(reason, name), do: IO.puts("terminate #{name}: #{inspect(reason)}")
end

spec = fn name -> Supervisor.child_spec({Named, name}, id: name) end

# Waits (without a fixed sleep) until `done?` holds.
wait_until = fn done? ->
  Stream.repeatedly(fn -> Process.sleep(5); done?.() end) |> Enum.find(& &1)
end

renamed? = fn name, old -> Process.whereis(name) not in [nil, old] end

for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  IO.puts("== #{strategy}")
  {:ok, sup} = Supervisor.start_link([spec.(:a), spec.(:b), spec.(:c)], strategy: strategy)
  before = Enum.map([:a, :b, :c], &Process.whereis/1)
  GenServer.cast(:b, :stop)
  wait_until.(fn -> renamed?.(:b, Enum.at(before, 1)) and renamed?.(:a, nil) and renamed?.(:c, nil) end)
  now = Enum.map([:a, :b, :c], &Process.whereis/1)
  IO.inspect(Enum.zip_with(before, now, &(&1 == &2)), label: "kept")
  Supervisor.stop(sup)
end

IO.puts("== shutdown order, trapping children see :shutdown")
{:ok, sup} =
  Supervisor.start_link(
    [
      Supervisor.child_spec({Trapping, :t1}, id: :t1),
      Supervisor.child_spec({Trapping, :t2}, id: :t2),
      Supervisor.child_spec({Trapping, :t3}, id: :t3)
    ],
    strategy: :one_for_all
  )

t2 = Process.whereis(:t2)
Process.exit(t2, :kill)
wait_until.(fn -> renamed?.(:t2, t2) and renamed?.(:t3, nil) end)
Supervisor.stop(sup)

IO.puts("== intensity")
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Named, :i}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)

for _ <- 1..3 do
  i = Process.whereis(:i)
  GenServer.cast(:i, :stop)
  wait_until.(fn -> renamed?.(:i, i) or not Process.alive?(sup) end)
end

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
end

IO.inspect(Process.whereis(:i))

IO.puts("== max_restarts: 0")
{:ok, sup} = Supervisor.start_link([{Named, :z}], strategy: :one_for_one, max_restarts: 0)
GenServer.cast(:z, :stop)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
end

IO.puts("== transient and temporary")
{:ok, sup} =
  Supervisor.start_link(
    [
      Supervisor.child_spec({Named, :tr}, id: :tr, restart: :transient),
      Supervisor.child_spec({Named, :tr2}, id: :tr2, restart: :transient),
      Supervisor.child_spec({Named, :te}, id: :te, restart: :temporary)
    ],
    strategy: :one_for_one
  )

GenServer.cast(:tr, :normal)
GenServer.cast(:tr2, :stop)
GenServer.cast(:te, :stop)

wait_until.(fn ->
  match?(
    [{:tr, :undefined, _, _}, {:tr2, pid, _, _}] when is_pid(pid),
    Enum.sort(Supervisor.which_children(sup))
  ) and renamed?.(:tr2, nil)
end)

IO.inspect(
  for({id, pid, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(pid)}),
  label: "children"
)

IO.inspect(Supervisor.count_children(sup))

IO.puts("== the supervisor's parent exits")
parent =
  spawn(fn ->
    {:ok, _} = Supervisor.start_link([Supervisor.child_spec({Trapping, :p1}, id: :p1)], strategy: :one_for_one)
    receive do: (:go -> exit(:bye))
  end)

wait_until.(fn -> renamed?.(:p1, nil) end)
send(parent, :go)
wait_until.(fn -> Process.whereis(:p1) == nil end)
IO.inspect(Process.whereis(:p1))

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
