# Task.Supervisor, and the reasons failed tasks exit with.
defmodule Work do
  def boom, do: raise("x")
  def bye, do: exit(:bye)
  def divide(x), do: div(10, x)
  def inverse(x), do: 1 / x
  def fetch(map), do: Map.fetch!(map, :a)
  def to_atom(x), do: String.to_atom(x)
  def up, do: throw(:up)
end

{:ok, sup} = Task.Supervisor.start_link(name: MyTasks)
IO.inspect(Process.whereis(MyTasks) == sup)

t = Task.Supervisor.async(sup, fn -> :supervised end)
IO.inspect(Task.await(t))
t = Task.Supervisor.async(MyTasks, Enum, :sum, [[1, 2, 3]])
IO.inspect(Task.await(t))
IO.inspect(t.mfa)

t = Task.Supervisor.async_nolink(sup, Work, :boom, [])
{:exit, {e, _stack}} = Task.yield(t, 1000)
Logger.flush()
IO.inspect(e, label: "nolink raise")
t = Task.Supervisor.async_nolink(sup, Work, :bye, [])
result = Task.yield(t, 1000)
Logger.flush()
IO.inspect(result, label: "nolink exit")
t = Task.Supervisor.async_nolink(sup, Work, :inverse, [0])
ref = t.ref
receive do
  {:DOWN, ^ref, :process, _, {reason, _}} ->
    Logger.flush()
    IO.inspect(reason, label: "DOWN")
end
IO.inspect(Task.Supervisor.children(sup))

parent = self()
{:ok, pid} = Task.Supervisor.start_child(sup, fn ->
  send(parent, :child_running)
  receive do :go -> :ok end
end)
receive do :child_running -> :ok end
IO.inspect(Task.Supervisor.children(sup) == [pid])
IO.inspect(Task.Supervisor.terminate_child(sup, pid))
IO.inspect(Task.Supervisor.terminate_child(sup, pid))
IO.inspect(Task.Supervisor.children(sup))

IO.inspect(Task.Supervisor.async_stream(sup, 1..5, fn x -> x * x end) |> Enum.to_list())
IO.inspect(Task.Supervisor.async_stream(sup, [[1], [2, 3]], Enum, :sum, []) |> Enum.to_list())

Task.Supervisor.async_stream_nolink(sup, [1, 0, 2], Work, :divide, [])
|> Enum.map(fn
  {:ok, v} -> v
  {:exit, {e, _}} -> e
end)
|> tap(fn _ -> Logger.flush() end)
|> IO.inspect(label: "nolink stream")

IO.inspect(Task.Supervisor.child_spec(name: Foo))
{:ok, _} = Supervisor.start_link([{Task.Supervisor, name: Tasks2}], strategy: :one_for_one)
t = Task.Supervisor.async_nolink(Tasks2, fn -> Process.sleep(5000) end)
IO.inspect(Task.shutdown(t, :brutal_kill))
IO.inspect(Task.Supervisor.async_nolink(Tasks2, fn -> 42 end) |> Task.await())

# the raw error a task exits with, linked or not
Process.flag(:trap_exit, true)
for {f, args} <- [inverse: [0], fetch: [%{}], to_atom: [1], up: []] do
  Task.async(Work, f, args)
  receive do
    {:EXIT, _, {reason, _stack}} ->
      # the task's report comes first
      Logger.flush()
      IO.inspect(reason, label: "EXIT")
  end
end
Task.async_stream([2, 0], Work, :divide, []) |> Enum.to_list() |> length() |> tap(fn _ -> Logger.flush() end) |> IO.inspect()
