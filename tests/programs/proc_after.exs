# receive ... after: timeouts, after 0 and :infinity.
result =
  receive do
    :never -> :got
  after
    0 -> :timeout_zero
  end

IO.inspect(result)

result =
  receive do
    :never -> :got
  after
    20 -> :timeout_20
  end

IO.inspect(result)

# after 0 still takes a message that is already there
send(self(), :here)

result =
  receive do
    :here -> :got_it
  after
    0 -> :timeout
  end

IO.inspect(result)

# a receive with only an after
receive do
after
  10 -> IO.puts("slept 10")
end

# the timeout expression is evaluated
t = 5

receive do
after
  t * 2 -> IO.puts("computed timeout")
end

# a message arriving before the timeout wins
parent = self()
spawn(fn -> send(parent, :quick) end)

result =
  receive do
    :quick -> :quick
  after
    5000 -> :too_slow
  end

IO.inspect(result)

# :infinity waits for the message
spawn(fn -> send(parent, :eventually) end)

result =
  receive do
    :eventually -> :eventually
  after
    :infinity -> :never
  end

IO.inspect(result)

# a non-matching message does not stop the timer; it stays in the mailbox
send(self(), :unwanted)

result =
  receive do
    :wanted -> :wanted
  after
    10 -> :timed_out
  end

IO.inspect(result)
IO.inspect(Process.info(self(), :message_queue_len))

# the value of the after body is the value of receive
v =
  receive do
    :x -> 1
  after
    0 ->
      a = 20
      a + 22
  end

IO.inspect(v)

# Process.sleep and :timer.sleep
IO.inspect(Process.sleep(5))
IO.inspect(:timer.sleep(5))

# an invalid timeout
try do
  receive do
  after
    -1 -> :ok
  end
rescue
  e -> IO.inspect(e.__struct__)
end
