# Section 5.3.2: a server keeps state (here a pretend database connection) as an
# argument of its loop, set up once when the process starts.
defmodule DatabaseServer do
  def start(id) do
    spawn(fn ->
      connection = "connection #{id}"
      loop(connection)
    end)
  end

  def query(server, text) do
    send(server, {:run_query, self(), text})

    receive do
      {:query_result, result} -> result
    end
  end

  defp loop(connection) do
    receive do
      {:run_query, caller, text} ->
        send(caller, {:query_result, "#{connection}: #{text} result"})
    end

    # the state goes on to the next round of the loop
    loop(connection)
  end
end

servers = Enum.map(1..3, &DatabaseServer.start/1)

for {server, n} <- Enum.with_index(servers, 1) do
  IO.puts(DatabaseServer.query(server, "query #{n}"))
end

# each server keeps its own connection
IO.puts(DatabaseServer.query(Enum.at(servers, 0), "another query"))
IO.puts(DatabaseServer.query(Enum.at(servers, 2), "yet another query"))
