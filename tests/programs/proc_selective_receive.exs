# Selective receive: the first message (in arrival order) that matches any clause is taken;
# messages that match no clause stay in the mailbox, in order.
send(self(), {:b, 1})
send(self(), {:a, 1})
send(self(), {:b, 2})
send(self(), {:a, 2})
send(self(), :other)

# only :a messages: oldest first
for _ <- 1..2 do
  receive do
    {:a, n} -> IO.puts("a #{n}")
  end
end

# clause order does not matter: the oldest message that matches any clause wins
receive do
  :other -> IO.puts("other")
  {:b, n} -> IO.puts("b #{n}")
end

{:messages, left} = Process.info(self(), :messages)
IO.inspect(left)

# a guard in a receive clause
send(self(), {:num, 1})
send(self(), {:num, 10})
send(self(), {:num, 5})

receive do
  {:num, n} when n > 7 -> IO.puts("big #{n}")
end

drain = fn drain, acc ->
  receive do
    msg -> drain.(drain, [msg | acc])
  after
    0 -> Enum.reverse(acc)
  end
end

IO.inspect(drain.(drain, []))

# pinned variables select a reply by reference
parent = self()

refs =
  for n <- 1..3 do
    ref = make_ref()
    spawn(fn -> send(parent, {ref, n}) end)
    ref
  end

for ref <- Enum.reverse(refs) do
  receive do
    {^ref, n} -> IO.puts("reply #{n}")
  end
end

# a message sent while the receiver waits is matched
spawn(fn -> send(parent, {:late, :arrival}) end)

receive do
  {:late, x} -> IO.inspect(x)
end

IO.inspect(is_reference(make_ref()))
IO.inspect(make_ref() == make_ref())
