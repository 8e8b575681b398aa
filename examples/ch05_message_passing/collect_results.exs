# Section 5.2.2: the parallel queries send their results back as messages; the
# caller picks them out of its mailbox with receive.
defmodule AsyncQuery do
  def run(text) do
    Process.sleep(50)
    "#{text} result"
  end

  # starts a query in a new process that mails the result to the caller
  def start(text) do
    caller = self()
    spawn(fn -> send(caller, {:query_result, text, run(text)}) end)
  end

  def get_result do
    receive do
      {:query_result, _text, result} -> result
    after
      5000 -> {:error, :timeout}
    end
  end
end

# send and receive on one's own mailbox
send(self(), {:greeting, "hi"})

receive do
  {:greeting, text} -> IO.puts("received #{text}")
end

# receive with several clauses: the first message that matches any clause is taken
send(self(), {:sum, 2, 3})
send(self(), {:product, 4, 5})

for _ <- 1..2 do
  receive do
    {:sum, a, b} -> IO.puts("sum: #{a + b}")
    {:product, a, b} -> IO.puts("product: #{a * b}")
  end
end

# nothing matches: the after clause runs
receive do
  :never_sent -> IO.puts("impossible")
after
  100 -> IO.puts("nothing arrived within 100 ms")
end

# five queries at once, then their five results (in whatever order they come)
Enum.each(1..5, &AsyncQuery.start("query #{&1}"))
results = Enum.map(1..5, fn _ -> AsyncQuery.get_result() end)
IO.inspect(Enum.sort(results))

# the same, keeping the order of the queries by matching on each one
texts = Enum.map(1..3, &"ordered #{&1}")
Enum.each(texts, &AsyncQuery.start/1)

ordered =
  Enum.map(texts, fn text ->
    receive do
      {:query_result, ^text, result} -> result
    end
  end)

IO.inspect(ordered)

# the value of receive is the value of the clause that ran
value =
  receive do
    msg -> msg
  after
    0 -> :mailbox_empty
  end

IO.inspect(value)
