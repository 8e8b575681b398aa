# Process.alive?, and sending to a dead pid is silent.
defmodule Wait do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _pid, reason} -> reason
    end
  end
end

parent = self()
IO.inspect(Process.alive?(self()))

pid =
  spawn(fn ->
    receive do
      :go -> send(parent, :went)
    end
  end)

IO.inspect(Process.alive?(pid))
ref = Process.monitor(pid)
send(pid, :go)

receive do
  :went -> :ok
end

IO.inspect(Wait.down(ref), label: "down")
IO.inspect(Process.alive?(pid))

# sending to a dead pid does nothing and returns the message
IO.inspect(send(pid, :into_the_void))

# a monitor on a dead pid fires at once with :noproc
IO.inspect(Wait.down(Process.monitor(pid)), label: "again")

# a process that finished at once
{quick, qref} = spawn_monitor(fn -> :done end)
IO.inspect(Wait.down(qref), label: "quick")
IO.inspect(Process.alive?(quick))
IO.inspect(Process.info(quick))
IO.inspect(Process.info(quick, :status))

# a process waiting in receive is alive
waiting =
  spawn(fn ->
    receive do
      :never -> :ok
    end
  end)

IO.inspect(Process.alive?(waiting))
IO.inspect(Process.info(self(), :status))
wref = Process.monitor(waiting)
Process.exit(waiting, :kill)
IO.inspect(Wait.down(wref), label: "killed")
IO.inspect(Process.alive?(waiting))

# exit/1 inside a process ends it with that reason
{_quitter, xref} = spawn_monitor(fn -> exit(:quitting) end)
IO.inspect(Wait.down(xref), label: "exit/1")
