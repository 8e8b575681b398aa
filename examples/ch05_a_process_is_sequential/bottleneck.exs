# Section 5.4.1: a server handles one message at a time, so every caller waits its
# turn: one slow server is a bottleneck. Spreading work over several servers helps.
defmodule SlowServer do
  def start, do: spawn(&loop/0)

  def work(server, n) do
    send(server, {:work, self(), n})

    receive do
      {:done, result} -> result
    end
  end

  defp loop do
    receive do
      {:work, caller, n} ->
        # 20 ms of "work" per request, during which other requests wait in the mailbox
        Process.sleep(20)
        send(caller, {:done, n * n})
    end

    loop()
  end
end

# ten clients at once, one after another against one server, then against ten
run_clients = fn servers ->
  parent = self()
  start = System.monotonic_time(:millisecond)

  for n <- 1..10 do
    server = Enum.at(servers, rem(n, length(servers)))
    spawn(fn -> send(parent, {:client, n, SlowServer.work(server, n)}) end)
  end

  results =
    for _ <- 1..10 do
      receive do
        {:client, n, r} -> {n, r}
      end
    end

  {Enum.sort(results), System.monotonic_time(:millisecond) - start}
end

{results, one_server_ms} = run_clients.([SlowServer.start()])
IO.inspect(Enum.map(results, &elem(&1, 1)))
IO.puts("one server: the requests were served one by one (at least 200 ms): #{one_server_ms >= 200}")

{results2, many_servers_ms} = run_clients.(Enum.map(1..10, fn _ -> SlowServer.start() end))
IO.puts("ten servers give the same results: #{results == results2}")
IO.puts("ten servers: faster than one: #{many_servers_ms < one_server_ms}")
