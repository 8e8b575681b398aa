# Monitors: {:DOWN, ref, :process, pid, reason}, :noproc, demonitor and :flush.
defmodule M do
  def sleeper do
    spawn(fn ->
      receive do
        :exit_normal -> :ok
        {:exit, reason} -> exit(reason)
      end
    end)
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, kind, _pid, reason} -> {kind, reason}
    end
  end

  def down(ref, pid) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def no_down(ref) do
    receive do
      {:DOWN, ^ref, _, _, _} -> "unexpected DOWN"
    after
      0 -> "no DOWN after demonitor"
    end
  end

  def raised(ref) do
    receive do
      {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _stack}} -> "raised: #{m}"
    end
  end

  def down_by_name(ref) do
    receive do
      {:DOWN, ^ref, :process, {name, node}, reason} -> {name, node, reason}
    end
  end
end

pid = M.sleeper()
ref = Process.monitor(pid)
IO.inspect(is_reference(ref))
send(pid, :exit_normal)

IO.inspect(M.down(ref, pid), label: "normal")

# the monitored process does not learn about the monitor, and a monitor is not a link:
# an abnormal exit does not kill the monitoring process
pid = M.sleeper()
ref = Process.monitor(pid)
send(pid, {:exit, :crashed})
IO.inspect(M.down(ref), label: "crashed")

# :noproc for a pid that is already gone
IO.inspect(M.down(Process.monitor(pid)), label: "dead pid")

# two monitors on one process give two messages
pid = M.sleeper()
r1 = Process.monitor(pid)
r2 = Process.monitor(pid)
IO.inspect(r1 != r2)
Process.exit(pid, :kill)
IO.inspect(M.down(r1), label: "first")
IO.inspect(M.down(r2), label: "second")

# demonitor before the exit: no message
pid = M.sleeper()
ref = Process.monitor(pid)
IO.inspect(Process.demonitor(ref), label: "demonitor")
send(pid, {:exit, :gone})
ref2 = Process.monitor(pid)
IO.inspect(M.down(ref2), label: "other monitor")

IO.puts(M.no_down(ref))

# demonitor with :flush removes a DOWN already delivered
pid = M.sleeper()
ref = Process.monitor(pid)
send(pid, {:exit, :bye})
# wait until the DOWN must be in the mailbox, via a second monitor (signals are ordered)
IO.inspect(M.down(Process.monitor(pid)), label: "second monitor")
{:message_queue_len, n} = Process.info(self(), :message_queue_len)
IO.inspect(n, label: "queued")
IO.inspect(Process.demonitor(ref, [:flush]), label: "flush")
IO.inspect(Process.info(self(), :message_queue_len))

# :info tells whether the monitor was still there
pid = M.sleeper()
ref = Process.monitor(pid)
IO.inspect(Process.demonitor(ref, [:info]), label: "info, active")
IO.inspect(Process.demonitor(ref, [:info]), label: "info, again")
send(pid, :exit_normal)

# spawn_monitor
{pid, ref} = spawn_monitor(fn -> exit(:from_spawn_monitor) end)
IO.inspect(is_pid(pid))
IO.inspect(M.down(ref), label: "spawn_monitor")

{_pid, ref} = spawn_monitor(fn -> raise "oops" end)

IO.puts(M.raised(ref))

# Process.info(:monitors) and (:monitored_by)
pid = M.sleeper()
ref = Process.monitor(pid)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect({:process, pid} in mons)
IO.inspect(Process.info(pid, :monitored_by) == {:monitored_by, [self()]})
Process.demonitor(ref)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect({:process, pid} in mons)
send(pid, :exit_normal)

# a monitor on a registered name
pid = M.sleeper()
Process.register(pid, :watched)
ref = Process.monitor(:watched)
send(:watched, {:exit, :by_name})

IO.inspect(M.down_by_name(ref), label: "by name")

IO.inspect(M.down(Process.monitor(:not_registered)), label: "unregistered name")

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
