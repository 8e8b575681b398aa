try_helper = fn fun ->
  try do
    fun.()
    IO.puts("No error.")
  catch
    type, value ->
      IO.puts("Error\n  #{inspect(type)}\n  #{inspect(value)}")
  end
end
try_helper.(fn -> raise("Something went wrong") end)
try_helper.(fn -> throw("Thrown value") end)
try_helper.(fn -> exit("I'm done") end)
result =
  try do
    throw("Thrown value")
  catch
    type, value -> {type, value}
  end
spawn(fn ->
  spawn_link(fn ->
    Process.sleep(1000)
    IO.puts("Process 2 finished")
  end)

  raise("Something went wrong")
end)
Process.flag(:trap_exit, true)
target_pid = spawn(fn -> Process.sleep(1000) end)
Process.monitor(target_pid)
receive do
  msg -> IO.inspect(msg)
end
defmodule Todo.System do
  use Supervisor

  def start_link do
    Supervisor.start_link(__MODULE__, nil)
  end

  def init(_) do
    Supervisor.init([Todo.Cache, {Todo.Database, "./persist"}], strategy: :one_for_one)
  end
end
