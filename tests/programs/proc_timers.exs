# Timers: Process.send_after, cancel_timer, read_timer, :erlang.start_timer.
t = Process.send_after(self(), :tick, 10)
IO.inspect(is_reference(t))

receive do
  :tick -> IO.puts("tick")
end

# timers fire in order of their times, not of their creation
Process.send_after(self(), {:order, 3}, 60)
Process.send_after(self(), {:order, 1}, 10)
Process.send_after(self(), {:order, 2}, 30)

for _ <- 1..3 do
  receive do
    {:order, n} -> IO.puts("order #{n}")
  end
end

# cancel_timer returns the time left (an integer) and the message never comes
t = Process.send_after(self(), :cancelled, 100_000)
left = Process.cancel_timer(t)
IO.inspect(is_integer(left) and left > 90_000 and left <= 100_000)

receive do
  :cancelled -> IO.puts("cancelled timer fired!")
after
  20 -> IO.puts("no message from a cancelled timer")
end

# cancelling again, or a timer that already fired: false
IO.inspect(Process.cancel_timer(t))
t = Process.send_after(self(), :fired, 0)

receive do
  :fired -> :ok
end

IO.inspect(Process.cancel_timer(t))

# read_timer
t = Process.send_after(self(), :later, 50_000)
left = Process.read_timer(t)
IO.inspect(is_integer(left) and left > 40_000 and left <= 50_000)
Process.cancel_timer(t)
IO.inspect(Process.read_timer(t))

# send_after to a registered name
Process.register(self(), :timer_target)
Process.send_after(:timer_target, :named, 5)

receive do
  :named -> IO.puts("named")
end

# a timer to a process that dies is silent
pid = spawn(fn -> :ok end)
Process.send_after(pid, :nobody, 1)

# a timer with 0 ms arrives after messages already sent
send(self(), :first)
Process.send_after(self(), :second, 0)

msgs =
  for _ <- 1..2 do
    receive do
      m when m in [:first, :second] -> m
    end
  end

IO.inspect(msgs)

# :timer functions
IO.inspect(:timer.seconds(3))
IO.inspect(:timer.minutes(2))
IO.inspect(:timer.hours(1))
{us, value} = :timer.tc(fn -> Enum.sum(1..100) end)
IO.inspect({is_integer(us) and us >= 0, value})
{_us, value} = :timer.tc(Enum, :sum, [1..10])
IO.inspect(value)
IO.inspect(:timer.sleep(1))
