# spawn/1, spawn/3, send, self and receive with several clauses.
defmodule Echo do
  def loop(parent) do
    receive do
      {:echo, msg} ->
        send(parent, {:echoed, msg})
        loop(parent)

      {:add, a, b} ->
        send(parent, {:sum, a + b})
        loop(parent)

      :stop ->
        send(parent, :stopped)
    end
  end
end

parent = self()
IO.puts(is_pid(parent))

pid = spawn(fn -> Echo.loop(parent) end)
IO.puts(is_pid(pid) and pid != parent)

send(pid, {:echo, "hello"})
send(pid, {:add, 2, 3})
send(pid, {:echo, [1, 2, 3]})

for _ <- 1..3 do
  receive do
    {:echoed, msg} -> IO.inspect(msg, label: "echoed")
    {:sum, n} -> IO.inspect(n, label: "sum")
  end
end

# send returns the message
IO.inspect(send(pid, :stop))

receive do
  :stopped -> IO.puts("stopped")
end

# spawn/3 with a module, function and arguments
pid2 = spawn(Echo, :loop, [parent])
send(pid2, {:add, 40, 2})

receive do
  {:sum, n} -> IO.puts("spawn/3 sum #{n}")
end

send(pid2, :stop)

receive do
  :stopped -> :ok
end

# many processes, results collected in order by matching on each pid
pids =
  for n <- 1..10 do
    spawn(fn -> send(parent, {self(), n * n}) end)
  end

results =
  Enum.map(pids, fn p ->
    receive do
      {^p, sq} -> sq
    end
  end)

IO.inspect(results)

# a message to self
send(self(), {:note, :to_self})

receive do
  {:note, what} -> IO.inspect(what)
end

# closures capture variables, not the process
x = 21
spawn(fn -> send(parent, {:doubled, x * 2}) end)

receive do
  {:doubled, v} -> IO.puts(v)
end

# a variable bound in a receive clause is visible after it
receive_value =
  receive do
    v -> v
  after
    0 -> :empty
  end

IO.inspect(receive_value)
