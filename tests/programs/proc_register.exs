# Registered names: register, whereis, registered, unregister, send to a name.
defmodule Counter do
  def start do
    pid = spawn(fn -> loop(0) end)
    Process.register(pid, :counter)
    pid
  end

  defp loop(n) do
    receive do
      {:inc, by} ->
        loop(n + by)

      {:get, caller} ->
        send(caller, {:count, n})
        loop(n)

      :stop ->
        :ok
    end
  end
end

IO.inspect(Process.whereis(:counter))
pid = Counter.start()
IO.inspect(Process.whereis(:counter) == pid)
IO.inspect(:counter in Process.registered())
IO.inspect(Process.info(pid, :registered_name))

send(:counter, {:inc, 2})
send(:counter, {:inc, 5})
send(:counter, {:get, self()})

receive do
  {:count, n} -> IO.puts("count #{n}")
end

# registering self
IO.inspect(Process.register(self(), :main_process))
IO.inspect(Process.whereis(:main_process) == self())
IO.inspect(Process.info(self(), :registered_name))
send(:main_process, :via_name)

receive do
  :via_name -> IO.puts("received via name")
end

# a name already taken
try do
  Process.register(spawn(fn -> receive do: (_ -> :ok) end), :counter)
rescue
  e in ArgumentError ->
    IO.puts(String.replace(e.message, ~r/#PID<[0-9.]+>/, "#PID<...>"))
end

# a process that already has a name
try do
  Process.register(self(), :second_name)
rescue
  e in ArgumentError -> IO.puts(String.replace(e.message, ~r/#PID<[0-9.]+>/, "#PID<...>"))
end

# unregister
IO.inspect(Process.unregister(:main_process))
IO.inspect(Process.whereis(:main_process))
IO.inspect(Process.info(self(), :registered_name))

try do
  Process.unregister(:main_process)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

# sending to a name nobody has
try do
  send(:nobody_here, :hello)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

# the name goes away when the process dies
ref = Process.monitor(pid)
send(:counter, :stop)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end

IO.inspect(Process.whereis(:counter))
IO.inspect(:counter in Process.registered())

# a dead process cannot be registered
try do
  Process.register(pid, :dead_one)
rescue
  e in ArgumentError -> IO.puts(String.replace(e.message, ~r/#PID<[0-9.]+>/, "#PID<...>"))
end

# names must be atoms other than nil, true, false
try do
  Process.register(self(), nil)
rescue
  e -> IO.puts(Exception.message(e))
end

# registered names are shared by all processes
parent = self()
Process.register(self(), :the_parent)
spawn(fn -> send(:the_parent, {:from_child, Process.whereis(:the_parent) == parent}) end)

receive do
  {:from_child, same} -> IO.inspect(same)
end

# whereis from Process and :erlang
IO.inspect(:erlang.whereis(:the_parent) == self())
IO.inspect(:erlang.whereis(:not_there))
