run_query = fn query_def ->
  Process.sleep(2000)
  "#{query_def} result"
end
async_query = fn query_def ->
  spawn(fn -> IO.puts(run_query.(query_def)) end)
end
Enum.each(1..5, &async_query.("query #{&1}"))
send(self(), "a message")
receive do
  message -> IO.inspect(message)
end
receive do
  {_, _, _} -> IO.puts("received")
after
  5000 -> IO.puts("message not received")
end
caller = self()
spawn(fn -> send(caller, {:query_result, run_query.("query 1")}) end)
get_result = fn ->
  receive do
    {:query_result, result} -> result
  end
end
1..5
|> Enum.map(&async_query.("query #{&1}"))
|> Enum.map(fn _ -> get_result.() end)
defmodule DatabaseServer do
  def start do
    spawn(&loop/0)
  end

  def run_async(server_pid, query_def) do
    send(server_pid, {:run_query, self(), query_def})
  end

  def get_result do
    receive do
      {:query_result, result} -> result
    after
      5000 -> {:error, :timeout}
    end
  end

  defp loop do
    receive do
      {:run_query, caller, query_def} ->
        send(caller, {:query_result, run_query(query_def)})
    end

    loop()
  end

  defp run_query(query_def) do
    Process.sleep(2000)
    "#{query_def} result"
  end
end
Process.register(self(), :some_name)
send(:some_name, :msg)
pool = Enum.map(1..100, fn _ -> DatabaseServer.start() end)
Enum.each(
  1..5,
  fn query_def ->
    server_pid = Enum.at(pool, :rand.uniform(100) - 1)
    DatabaseServer.run_async(server_pid, query_def)
  end
)
