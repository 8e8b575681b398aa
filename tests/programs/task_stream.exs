# Task.async_stream: ordered results, max_concurrency, laziness, timeouts.
IO.inspect(Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 10); x * 2 end, max_concurrency: 2) |> Enum.to_list())
IO.inspect(Task.async_stream(1..3, fn x -> x end) |> Enum.to_list())
IO.inspect(Task.async_stream(1..3, Integer, :to_string, []) |> Enum.to_list())
IO.inspect(Task.async_stream(["a", "b"], String, :duplicate, [2], max_concurrency: 1) |> Enum.to_list())

IO.inspect(
  Stream.iterate(1, &(&1 + 1))
  |> Task.async_stream(&(&1 * 10), max_concurrency: 3)
  |> Enum.take(5)
)

unordered =
  Task.async_stream([30, 10, 20], fn x -> Process.sleep(x); x end, ordered: false, max_concurrency: 3)
  |> Enum.to_list()

IO.inspect(Enum.sort(unordered), label: "unordered")

IO.inspect(
  Task.async_stream([1, 200, 2], fn x -> Process.sleep(x); x end, timeout: 100, on_timeout: :kill_task)
  |> Enum.to_list()
)

IO.inspect(
  Task.async_stream([1, 200, 2], fn x -> Process.sleep(x); x end,
    timeout: 100,
    on_timeout: :kill_task,
    zip_input_on_exit: true
  )
  |> Enum.to_list()
)

IO.inspect(Task.async_stream([], fn x -> x end) |> Enum.to_list())
IO.inspect(Task.async_stream(1..10, fn x -> x * x end) |> Enum.reduce(0, fn {:ok, v}, acc -> v + acc end))

# no more than max_concurrency tasks at once: a tracker counts them
tracker =
  spawn(fn ->
    loop = fn loop, now, peak ->
      receive do
        :in -> loop.(loop, now + 1, max(peak, now + 1))
        :out -> loop.(loop, now - 1, peak)
        {:peak, from} -> send(from, {:peak, peak})
      end
    end

    loop.(loop, 0, 0)
  end)

Task.async_stream(1..8, fn _ ->
  send(tracker, :in)
  Process.sleep(20)
  send(tracker, :out)
end, max_concurrency: 2)
|> Stream.run()

send(tracker, {:peak, self()})
receive do
  {:peak, peak} -> IO.inspect(peak, label: "peak")
end

try do
  Task.async_stream([1, 2], fn x -> x end, max_concurrency: 0) |> Enum.to_list()
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  Task.async_stream([1, 300], fn x -> Process.sleep(x) end, timeout: 50) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect(reason, label: "stream timeout")
end
