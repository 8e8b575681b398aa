# A process in an endless loop does not stop the others from running; it can be killed.
defmodule Spin do
  def forever(n), do: forever(n + 1)

  def busy_wait(until) do
    if System.monotonic_time(:millisecond) < until, do: busy_wait(until), else: :done
  end
end

spinners = for _ <- 1..3, do: spawn(fn -> Spin.forever(0) end)
parent = self()

# others still get their turn, many times over
workers =
  for i <- 1..20 do
    spawn(fn ->
      sum = Enum.reduce(1..10_000, 0, &(&1 + &2))
      send(parent, {:worker, i, sum})
    end)
  end

results =
  for _ <- workers do
    receive do
      {:worker, i, sum} -> {i, sum}
    end
  end

IO.inspect(length(results))
IO.inspect(results |> Enum.map(&elem(&1, 1)) |> Enum.uniq())

# a sleeping process wakes up while the spinners run
spawn(fn ->
  Process.sleep(20)
  send(parent, :woke_up)
end)

receive do
  :woke_up -> IO.puts("woke up")
end

# a timeout fires while the spinners run
receive do
  :nothing -> :ok
after
  30 -> IO.puts("timeout fired")
end

# a busy (not sleeping) process finishes too
spawn(fn -> send(parent, Spin.busy_wait(System.monotonic_time(:millisecond) + 30)) end)

receive do
  :done -> IO.puts("busy wait done")
end

for s <- spinners do
  IO.inspect(Process.alive?(s))
  ref = Process.monitor(s)
  Process.exit(s, :kill)

  receive do
    {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
  end
end

# large messages are cheap to send: a 10 MB binary and a million-element list
big = :binary.copy("x", 10_000_000)
list = Enum.to_list(1..1_000_000)

echo =
  spawn(fn ->
    receive do
      {from, a, b} -> send(from, {:sizes, byte_size(a), length(b), List.last(b)})
    end
  end)

send(echo, {self(), big, list})

receive do
  {:sizes, a, b, c} -> IO.inspect({a, b, c})
end
