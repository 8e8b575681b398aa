# Section 5.3.1: a server process loops forever, serving one request at a time.
# A pool of such servers serves many requests in parallel.
defmodule QueryServer do
  def start, do: spawn(&loop/0)

  # the interface runs in the caller's process...
  def run_async(server, text) do
    send(server, {:run_query, self(), text})
  end

  def get_result do
    receive do
      {:query_result, result} -> result
    after
      5000 -> {:error, :timeout}
    end
  end

  # ...the loop in the server's process
  defp loop do
    receive do
      {:run_query, caller, text} ->
        send(caller, {:query_result, run(text)})
    end

    loop()
  end

  defp run(text) do
    Process.sleep(50)
    "#{text} result"
  end
end

server = QueryServer.start()
QueryServer.run_async(server, "query 1")
IO.inspect(QueryServer.get_result())

# the server is still there after serving a request
IO.inspect(Process.alive?(server))
QueryServer.run_async(server, "query 2")
IO.inspect(QueryServer.get_result())

# a pool of five servers; requests are spread over them
pool = Enum.map(1..5, fn _ -> QueryServer.start() end)

Enum.each(1..5, fn n ->
  server = Enum.at(pool, rem(n - 1, 5))
  QueryServer.run_async(server, "pooled query #{n}")
end)

results = Enum.map(1..5, fn _ -> QueryServer.get_result() end)
IO.inspect(Enum.sort(results))

# servers that wait in receive cost no work; each is a separate process
IO.inspect(length(Enum.uniq(pool)))
IO.inspect(Enum.all?(pool, &Process.alive?/1))
