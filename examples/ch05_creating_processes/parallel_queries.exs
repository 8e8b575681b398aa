# Section 5.2.1: a slow "query" run five times one after the other, then in five
# processes at once. Each spawned process runs concurrently with its parent.
defmodule Query do
  # pretends to be a database call taking 100 ms
  def run(text) do
    Process.sleep(100)
    "#{text} result"
  end

  # waits until the given processes have all finished (monitors say when)
  def await_all(pids) do
    refs = Enum.map(pids, &Process.monitor/1)

    Enum.each(refs, fn ref ->
      receive do
        {:DOWN, ^ref, :process, _, :normal} -> :ok
      end
    end)
  end
end

elapsed_ms = fn fun ->
  start = System.monotonic_time(:millisecond)
  fun.()
  System.monotonic_time(:millisecond) - start
end

sequential = elapsed_ms.(fn -> Enum.map(1..5, &Query.run("query #{&1}")) end)
IO.puts("five queries one after the other: at least 500 ms? #{sequential >= 500}")

# spawn/1 returns a pid at once; the query goes on in the new process
pids = Enum.map(1..5, fn n -> spawn(fn -> Query.run("query #{n}") end) end)
IO.puts("spawned #{length(pids)} processes, all pids: #{Enum.all?(pids, &is_pid/1)}")

parallel = elapsed_ms.(fn -> Query.await_all(Enum.map(1..5, fn n -> spawn(fn -> Query.run("query #{n}") end) end)) end)
IO.puts("five queries in five processes: under 400 ms? #{parallel < 400}")

# the closure carries the caller's data into the new process
greeting = "hello from the parent"
child = spawn(fn -> IO.puts("the child sees: #{greeting}") end)
Query.await_all([child])
IO.puts("the child has finished: #{not Process.alive?(child)}")
