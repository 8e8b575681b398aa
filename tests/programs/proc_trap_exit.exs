# Trapping exits: exit signals become {:EXIT, pid, reason} messages, except :kill.
defmodule Wait do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

IO.inspect(Process.flag(:trap_exit, true), label: "old flag")
IO.inspect(Process.flag(:trap_exit, true), label: "now")
IO.inspect(Process.info(self(), :trap_exit))

report = fn label ->
  receive do
    {:EXIT, _pid, reason} -> IO.inspect(reason, label: label)
  end
end

spawn_link(fn -> :ok end)
report.("normal")

spawn_link(fn -> exit(:some_reason) end)
report.("exit/1")

spawn_link(fn -> exit({:shutdown, 42}) end)
report.("shutdown tuple")

pid = spawn_link(fn -> exit(:kill) end)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit(:kill) from a link")
end

# an exception: the reason is {exception, stacktrace}
spawn_link(fn -> raise ArgumentError, "bad" end)

receive do
  {:EXIT, _, {%ArgumentError{message: m}, stack}} ->
    IO.inspect({m, is_list(stack)}, label: "raise")
end

spawn_link(fn -> throw(:ball) end)

receive do
  {:EXIT, _, {{:nocatch, :ball}, _}} -> IO.puts("throw: nocatch")
end

spawn_link(fn -> :erlang.error(:badarith) end)

receive do
  {:EXIT, _, {:badarith, _}} -> IO.puts("error: badarith")
end

# Process.exit/2 on self while trapping: a message, even for :normal
Process.exit(self(), :normal)
report.("self normal")
Process.exit(self(), :custom)
report.("self custom")

# a trapping process receives exit signals sent to it
parent = self()

trapper =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    send(parent, :ready)

    loop = fn loop ->
      receive do
        {:EXIT, from, reason} ->
          send(parent, {:trapped, from == parent, reason})
          loop.(loop)

        :quit ->
          :ok
      end
    end

    loop.(loop)
  end)

receive do
  :ready -> :ok
end

Process.exit(trapper, :normal)
Process.exit(trapper, :shutdown)
Process.exit(trapper, {:any, :term})

for _ <- 1..3 do
  receive do
    {:trapped, from_parent, reason} -> IO.inspect({from_parent, reason})
  end
end

# :kill cannot be trapped
ref = Process.monitor(trapper)
Process.exit(trapper, :kill)
IO.inspect(Wait.down(ref), label: "kill a trapper")

# a trapping process linked to one that dies: it survives, and learns why
watcher =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    child = spawn_link(fn -> exit(:child_failed) end)

    receive do
      {:EXIT, ^child, reason} -> send(parent, {:watcher_saw, reason})
    end
  end)

receive do
  {:watcher_saw, reason} -> IO.inspect(reason, label: "watcher saw")
end

_ = watcher

# turning trapping off again
IO.inspect(Process.flag(:trap_exit, false), label: "was")

{pid, ref} =
  spawn_monitor(fn ->
    spawn_link(fn -> exit(:chain) end)

    receive do
      :never -> :ok
    end
  end)

IO.inspect(Wait.down(ref), label: "chain")
IO.inspect(Process.alive?(pid))

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
