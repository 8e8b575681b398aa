# Links: a :normal exit does not kill a linked process, an abnormal one does, :kill gives :killed.
defmodule Links do
  # Spawns a watcher linked to a child; the child waits for :go, then runs `child_fun`.
  # The watcher also monitors the child and, if it outlives it, reports the child's reason.
  # Returns the watcher, a monitor on it and the child.
  def watch(child_fun) do
    parent = self()

    watcher =
      spawn(fn ->
        child =
          spawn_link(fn ->
            receive do
              :go -> child_fun.()
            end
          end)

        ref = Process.monitor(child)
        send(parent, {:child, child})

        receive do
          {:DOWN, ^ref, :process, _, reason} -> send(parent, {:survived, reason})
        end

        receive do
          :never -> :ok
        end
      end)

    ref = Process.monitor(watcher)

    child =
      receive do
        {:child, c} -> c
      end

    {watcher, ref, child}
  end

  def outcome(ref) do
    receive do
      {:survived, reason} -> {:watcher_survived, reason}
      {:DOWN, ^ref, :process, _, reason} -> {:watcher_died, reason}
    end
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

# 1. the child exits normally: the watcher lives on
{watcher, ref, child} = Links.watch(fn -> :ok end)
send(child, :go)
IO.inspect(Links.outcome(ref), label: "normal")
Process.exit(watcher, :kill)
IO.inspect(Links.down(ref), label: "watcher killed")

# 2. the child exits with a reason: the watcher dies with the same reason
{_watcher, ref, child} = Links.watch(fn -> exit(:boom) end)
send(child, :go)
IO.inspect(Links.outcome(ref), label: "abnormal")

# 3. a :kill sent to the child: the linked watcher gets :killed
{_watcher, ref, child} = Links.watch(fn -> :ok end)
Process.exit(child, :kill)
IO.inspect(Links.outcome(ref), label: "kill")

# 4. links are bidirectional: the watcher's death kills the child
{watcher, ref, child} = Links.watch(fn -> :ok end)
child_ref = Process.monitor(child)
Process.exit(watcher, :shutdown)
IO.inspect(Links.down(ref), label: "watcher")
IO.inspect(Links.down(child_ref), label: "child")

# 5. Process.link / unlink and Process.info(:links)
a =
  spawn(fn ->
    receive do
      :never -> :ok
    end
  end)

IO.inspect(Process.link(a))
{:links, links} = Process.info(self(), :links)
IO.inspect(a in links)
IO.inspect(Process.info(a, :links) == {:links, [self()]})
IO.inspect(Process.unlink(a))
IO.inspect(Process.info(a, :links))
{:links, links} = Process.info(self(), :links)
IO.inspect(a in links)
aref = Process.monitor(a)
Process.exit(a, :kill)
IO.inspect(Links.down(aref), label: "unlinked and killed")

# 6. exit/2 with :normal to another process does nothing when it does not trap exits
parent = self()

b =
  spawn(fn ->
    receive do
      :ping -> send(parent, :pong)
    end
  end)

Process.exit(b, :normal)
send(b, :ping)

receive do
  :pong -> IO.puts("still alive after exit(:normal)")
end

# 7. an exit with any other reason kills it
c =
  spawn(fn ->
    receive do
      :never -> :ok
    end
  end)

cref = Process.monitor(c)
Process.exit(c, {:custom, 1})
IO.inspect(Links.down(cref), label: "exit/2")

# 8. linking to a dead process: the caller gets a :noproc exit signal; trapped it is a message
Process.flag(:trap_exit, true)
Process.link(c)

receive do
  {:EXIT, ^c, reason} -> IO.inspect(reason, label: "link to dead")
end

# 9. a spawn_link'ed child exiting with a tuple: the trapped parent gets it as it is
child = spawn_link(fn -> exit({:shutdown, :because}) end)

receive do
  {:EXIT, ^child, reason} -> IO.inspect(reason, label: "trapped")
end
