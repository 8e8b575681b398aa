# Stream resource cleanup when consumers halt early, nested and zipped streams.
res = fn name, n ->
  Stream.resource(fn -> IO.puts("open #{name}"); 0 end,
    fn i when i < n -> {[{name, i}], i + 1}; i -> {:halt, i} end,
    fn i -> IO.puts("close #{name} at #{i}") end)
end
IO.inspect(res.(:a, 5) |> Enum.take(2))
IO.inspect(res.(:a, 5) |> Stream.take(2) |> Enum.to_list())
IO.inspect(Stream.zip(res.(:a, 3), res.(:b, 5)) |> Enum.to_list())
IO.inspect(Stream.zip(res.(:a, 5), res.(:b, 5)) |> Enum.take(1))
IO.inspect(Stream.concat(res.(:a, 2), res.(:b, 2)) |> Enum.take(3))
IO.inspect(Stream.flat_map(1..3, fn x -> res.(x, 2) end) |> Enum.take(3))
IO.inspect(res.(:a, 4) |> Stream.transform(0, fn x, acc -> if acc >= 2, do: {:halt, acc}, else: {[x], acc + 1} end) |> Enum.to_list())
IO.inspect(res.(:a, 4) |> Stream.chunk_every(3) |> Enum.to_list())
IO.inspect(res.(:a, 4) |> Stream.chunk_every(3) |> Enum.take(1))
IO.inspect(Enum.zip(res.(:a, 2), res.(:b, 4)))
IO.inspect(res.(:a, 3) |> Enum.find(fn {_, i} -> i == 1 end))
IO.inspect(res.(:a, 3) |> Enum.member?({:a, 0}))
IO.inspect(res.(:a, 3) |> Enum.at(1))
IO.inspect(res.(:a, 3) |> Stream.take_while(fn {_, i} -> i < 1 end) |> Enum.to_list())
IO.inspect(res.(:a, 3) |> Stream.drop(1) |> Enum.take(1))
IO.inspect(res.(:a, 3) |> Stream.with_index() |> Enum.take(1))
IO.inspect(res.(:a, 3) |> Stream.dedup() |> Enum.take(1))
IO.inspect(Stream.zip_with([res.(:a, 3), res.(:b, 3)], fn [x, y] -> {x, y} end) |> Enum.take(2))
IO.inspect(res.(:a, 3) |> Stream.transform(fn -> IO.puts("t-start"); 0 end, fn x, acc -> {[x], acc + 1} end, fn acc -> IO.puts("t-after #{acc}") end) |> Enum.take(1))
try do
  res.(:a, 3) |> Stream.map(fn {_, 1} -> raise "boom"; x -> x end) |> Enum.to_list()
rescue
  e -> IO.puts("rescued #{Exception.message(e)}")
end
try do
  res.(:a, 3) |> Enum.each(fn {_, 1} -> throw(:out); _ -> :ok end)
catch
  :out -> IO.puts("caught")
end
IO.inspect(Stream.interval(0) |> Stream.map(&(&1 * 2)) |> Enum.take(3))
IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(10))
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Stream.take_every(3) |> Enum.take(4))
IO.inspect(Stream.cycle(1..3) |> Stream.chunk_every(2) |> Enum.take(4))
IO.inspect(Stream.repeatedly(fn -> 1 end) |> Stream.scan(&+/2) |> Enum.take(4))
IO.inspect(Stream.chunk_while(1..10, 0, fn x, acc -> if acc + x > 10, do: {:cont, acc, x}, else: {:cont, acc + x} end, fn acc -> {:cont, acc, 0} end) |> Enum.to_list())
IO.inspect(Stream.chunk_while(1..10, 0, fn x, acc -> if x > 5, do: {:halt, acc}, else: {:cont, acc + x} end, fn acc -> {:cont, {:rest, acc}, 0} end) |> Enum.to_list())
IO.inspect(Enum.chunk_while([], 0, fn x, acc -> {:cont, acc + x} end, fn acc -> {:cont, acc} end))
IO.inspect(Enum.chunk_while([1], 0, fn x, acc -> {:cont, acc + x} end, fn _acc -> {:cont, :none} end))
