# A supervisor whose children do not start, and the child specifications it refuses: the errors
# start_link and start_child return, and the ArgumentErrors Supervisor raises in the caller.
defmodule Child do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :nope}
  def init(arg), do: {:ok, arg}
end

defmodule NoSpec do
  def start_link(_), do: :not_a_pid
end

Process.flag(:trap_exit, true)

IO.puts("-- start_link")
IO.inspect(Supervisor.start_link([{Child, :ok}, Supervisor.child_spec({Child, :stop}, id: :b2)], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([{Child, 1}, {Child, 2}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([{Child, 1}], strategy: :bogus))
IO.inspect(Supervisor.start_link([{Child, 1}], strategy: :one_for_one, max_restarts: -1))
IO.inspect(Supervisor.start_link([{Child, 1}], strategy: :one_for_one, max_seconds: 0))
IO.inspect(Supervisor.start_link([%{id: 1, start: {Child, :start_link, [1]}, restart: :sometimes}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: 1, start: {Child, :start_link, [1]}, shutdown: -1}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: 1, start: {Child, :start_link, [1]}, type: :boss}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: 1, start: :bad}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{start: {Child, :start_link, [1]}}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: 1}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([%{id: 1, start: {NoSpec, :start_link, [1]}}], strategy: :one_for_one))

receive_exits = fn ->
  receive do
    {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT")
  after
    100 -> :ok
  end
end

receive_exits.()

IO.puts("-- an ignored child")
{:ok, sup} = Supervisor.start_link([{Child, :ignore}], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.count_children(sup))
{:ok, sup2} = Supervisor.start_link([Supervisor.child_spec({Child, :ignore}, restart: :temporary)], strategy: :one_for_one)
IO.inspect(Supervisor.count_children(sup2))

IO.puts("-- start_child")
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Child, :stop}, id: :x)))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Child, :ignore}, id: :y)))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {NoSpec, :start_link, [1]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :z}))
IO.inspect(Supervisor.start_child(sup, %{id: :z, start: {Child, :start_link, [1]}, restart: :sometimes}))
IO.inspect(Supervisor.start_child(sup, {Child, :again}))
IO.inspect(Supervisor.which_children(sup))

IO.puts("-- ArgumentErrors")

for child <- [NoSpec, {NoSpec, 1}, :not_a_module, 1, "child", {Child, 1, 2}] do
  try do
    Supervisor.start_link([child], strategy: :one_for_one)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

for {child, overrides} <- [{%{id: 1, start: {A, :b, []}}, bogus: 1}, {Child, [name: :x]}] do
  try do
    Supervisor.child_spec(child, overrides)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

try do
  Supervisor.start_link([{Child, 1}], [])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  Supervisor.init([{Child, 1}], max_restarts: 1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
