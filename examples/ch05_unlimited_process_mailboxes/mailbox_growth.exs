# Section 5.4.2: a mailbox has no size limit. Messages no receive clause matches stay
# there forever, and a server that does not drain them keeps a growing mailbox.
defmodule PickyServer do
  def start, do: spawn(&loop/0)

  # only {:ping, caller} is handled; everything else piles up
  defp loop do
    receive do
      {:ping, caller} -> send(caller, :pong)
    end

    loop()
  end
end

defmodule TidyServer do
  def start, do: spawn(&loop/0)

  # a catch-all clause takes unexpected messages out of the mailbox
  defp loop do
    receive do
      {:ping, caller} -> send(caller, :pong)
      _unexpected -> :ok
    end

    loop()
  end
end

ping = fn server ->
  send(server, {:ping, self()})

  receive do
    :pong -> :ok
  end
end

picky = PickyServer.start()
tidy = TidyServer.start()

for server <- [picky, tidy], n <- 1..10_000, do: send(server, {:junk, n})

# after a ping round trip both servers have seen every junk message
ping.(picky)
ping.(tidy)

{:message_queue_len, picky_len} = Process.info(picky, :message_queue_len)
{:message_queue_len, tidy_len} = Process.info(tidy, :message_queue_len)
IO.puts("picky server's mailbox: #{picky_len} messages")
IO.puts("tidy server's mailbox: #{tidy_len} messages")

# the caller's own mailbox is just the same
for n <- 1..5, do: send(self(), {:note, n})
IO.inspect(Process.info(self(), :message_queue_len))

notes =
  for _ <- 1..5 do
    receive do
      {:note, n} -> n
    end
  end

IO.inspect(notes)
IO.inspect(Process.info(self(), :message_queue_len))
