# Crash reports are Logger events: Logger's level and the console backend's settings apply to the
# reports of processes, GenServers and tasks as to any log.
require Logger

defmodule Crash do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast(:raise, _s), do: raise("server failed")
  def fail(tag), do: raise("task failed #{tag}")

  # a process, a server and a task crash; waits until each has gone
  def all(tag) do
    {pid, ref} = spawn_monitor(fn -> raise "process failed #{tag}" end)
    receive do: ({:DOWN, ^ref, _, ^pid, _} -> :ok)

    {:ok, server} = GenServer.start(__MODULE__, tag)
    ref = Process.monitor(server)
    GenServer.cast(server, :raise)
    receive do: ({:DOWN, ^ref, _, ^server, _} -> :ok)

    {:ok, task} = Task.start(__MODULE__, :fail, [tag])
    ref = Process.monitor(task)
    receive do: ({:DOWN, ^ref, _, ^task, _} -> :ok)
    Logger.flush()
    Process.sleep(100)
  end
end

IO.puts("-- shown")
Crash.all(1)

IO.puts("-- Logger's level above error")
Logger.configure(level: :critical)
Crash.all(2)
Logger.configure(level: :error)
Logger.warning("not shown")

IO.puts("-- the console's level above error")
IO.inspect(Logger.configure_backend(:console, level: :critical))
Crash.all(3)
Logger.error("an error is hidden too")
Process.sleep(50)
IO.inspect(Logger.configure_backend(:console, level: nil))

IO.puts("-- no console")
IO.inspect(Logger.remove_backend(:console))
IO.inspect(Logger.remove_backend(:console))
Crash.all(4)
IO.inspect(Logger.add_backend(:console) |> elem(0))
IO.inspect(Logger.add_backend(:console))
IO.inspect(Logger.configure_backend(:nope, level: :info))

IO.puts("-- shown again")
Crash.all(5)

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(300)
