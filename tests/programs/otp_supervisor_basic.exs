# Supervisor.start_link/2 with children given as modules, {module, arg} tuples and maps; the
# questions a supervisor answers and the changes it takes (terminate, restart, delete, start a child).
defmodule Worker do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])
  def init(opts), do: {:ok, opts}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

defmodule TempWorker do
  use GenServer, restart: :temporary
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule Show do
  # pids differ from run to run: shown as :pid
  def children(sup) do
    for {id, pid, type, modules} <- Supervisor.which_children(sup) do
      {id, if(is_pid(pid), do: :pid, else: pid), type, modules}
    end
  end

  def result({:ok, pid}) when is_pid(pid), do: {:ok, :pid}
  def result({:error, {:already_started, pid}}) when is_pid(pid), do: {:error, {:already_started, :pid}}
  def result(other), do: other
end

children = [
  {Worker, [name: :first]},
  %{id: :second, start: {Worker, :start_link, [[name: :second]]}},
  TempWorker,
  {Agent, fn -> 0 end}
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Show.children(sup))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(GenServer.call(:first, :get))

IO.puts("-- child specs")
IO.inspect(Supervisor.child_spec({Worker, [name: :x]}, id: :foo))
IO.inspect(Supervisor.child_spec(TempWorker, []))
IO.inspect(Supervisor.child_spec({Agent, :arg}, restart: :transient, shutdown: 10))
IO.inspect(Worker.child_spec(:arg))
IO.inspect(Task.child_spec(:arg))

IO.puts("-- terminate, restart, delete")
IO.inspect(Supervisor.terminate_child(sup, :second))
IO.inspect(Process.whereis(:second))
IO.inspect(Show.children(sup))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :nope))
IO.inspect(Show.result(Supervisor.restart_child(sup, :second)))
IO.inspect(is_pid(Process.whereis(:second)))
IO.inspect(Supervisor.restart_child(sup, :second))
IO.inspect(Supervisor.restart_child(sup, :nope))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Supervisor.terminate_child(sup, :second))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Show.children(sup))

IO.puts("-- a temporary child's specification goes with it")
IO.inspect(Supervisor.terminate_child(sup, TempWorker))
IO.inspect(Supervisor.restart_child(sup, TempWorker))
IO.inspect(Supervisor.count_children(sup))

IO.puts("-- start_child")
IO.inspect(Show.result(Supervisor.start_child(sup, {Worker, [name: :third]})))
IO.inspect(Show.result(Supervisor.start_child(sup, Supervisor.child_spec({Worker, [name: :third]}, id: :third))))
IO.inspect(Show.result(Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [[name: :fourth]]}})))
IO.inspect(Show.result(Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [[]]}})))
Supervisor.terminate_child(sup, :fourth)
IO.inspect(Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [[]]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :fifth}))
IO.inspect(Supervisor.start_child(sup, %{start: {Worker, :start_link, [[]]}}))
IO.inspect(Show.children(sup))

IO.puts("-- a killed child is restarted")
first = Process.whereis(:first)
ref = Process.monitor(first)
Process.exit(first, :kill)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
Process.sleep(50)
IO.inspect(is_pid(Process.whereis(:first)) and Process.whereis(:first) != first)
IO.inspect(GenServer.call(:first, :get))

IO.puts("-- named supervisor, stop")
{:ok, named} = Supervisor.start_link([], strategy: :one_for_one, name: :my_sup)
IO.inspect(Process.whereis(:my_sup) == named)
IO.inspect(Show.result(Supervisor.start_link([], strategy: :one_for_one, name: :my_sup)))
IO.inspect(Supervisor.which_children(:my_sup))
IO.inspect(Supervisor.stop(:my_sup))
IO.inspect(Process.whereis(:my_sup))

agent = Process.whereis(:third)
IO.inspect(Supervisor.stop(sup))
IO.inspect({Process.alive?(sup), Process.alive?(agent), Process.whereis(:first)})
