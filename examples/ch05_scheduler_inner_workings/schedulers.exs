# Section 5.4.4: a few scheduler threads run many processes, switching between them
# often, so a busy process cannot hold the others up and a waiting one costs nothing.
defmodule Busy do
  # counts down without ever waiting: pure computation
  def spin(0), do: :done
  def spin(n), do: spin(n - 1)
end

IO.puts("schedulers online: at least one: #{:erlang.system_info(:schedulers_online) >= 1}")

parent = self()

# a process stuck in an endless loop...
spinner = spawn(fn -> Stream.repeatedly(fn -> :ok end) |> Stream.run() end)

# ...does not stop others from running and finishing
for n <- 1..4 do
  spawn(fn -> send(parent, {:finished, n, Busy.spin(100_000)}) end)
end

finished =
  for _ <- 1..4 do
    receive do
      {:finished, n, :done} -> n
    end
  end

IO.inspect(Enum.sort(finished))

# and timers still fire on time
Process.send_after(self(), :timer_fired, 20)

receive do
  :timer_fired -> IO.puts("the timer fired while the spinner spins")
end

# ten thousand waiting processes: they exist, but cost no CPU time
waiting = for _ <- 1..10_000, do: spawn(fn -> receive do: (:go -> :ok) end)
IO.puts("waiting processes alive: #{Enum.count(waiting, &Process.alive?/1)}")
Enum.each(waiting, &send(&1, :go))

ref = Process.monitor(spinner)
Process.exit(spinner, :kill)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "spinner")
end
