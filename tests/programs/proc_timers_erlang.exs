# The :erlang timer functions under Process.send_after: start_timer, send_after, cancel_timer/2.
# :erlang.start_timer wraps the message
t = :erlang.start_timer(5, self(), :payload)

receive do
  {:timeout, ^t, :payload} -> IO.puts("start_timer delivered")
end

# :erlang.send_after and cancel_timer with options
t = :erlang.send_after(100_000, self(), :x)
IO.inspect(:erlang.cancel_timer(t, async: false, info: false))
IO.inspect(:erlang.cancel_timer(t))

t = :erlang.start_timer(100_000, self(), :never)
left = :erlang.read_timer(t)
IO.inspect(is_integer(left) and left <= 100_000)
left = :erlang.cancel_timer(t)
IO.inspect(is_integer(left) and left <= 100_000)
IO.inspect(:erlang.read_timer(t))
