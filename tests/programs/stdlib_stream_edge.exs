# Stream laziness and generators: resource, unfold, transform, chunk_while, iterate, cycle.
defmodule T do
  def t(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("** (#{inspect(e.__struct__)}) #{Exception.message(e)}")
    end
  end
end

T.t(fn -> Stream.map([1, 2, 3], fn x -> IO.puts("map #{x}"); x * 2 end) |> Stream.filter(fn x -> IO.puts("filter #{x}"); x > 2 end) |> Enum.take(1) end)
T.t(fn -> Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list() end)
T.t(fn -> Stream.unfold(1, fn n -> {n, n * 2} end) |> Enum.take(5) end)
T.t(fn -> Stream.iterate(1, &(&1 * 3)) |> Enum.take(4) end)
T.t(fn -> Stream.repeatedly(fn -> :x end) |> Enum.take(2) end)
T.t(fn -> Stream.cycle([1, 2]) |> Enum.take(5) end)
T.t(fn -> Stream.cycle([]) |> Enum.take(5) end)
T.t(fn ->
  Stream.resource(fn -> IO.puts("start"); 0 end,
    fn n when n < 3 -> {[n], n + 1}; n -> {:halt, n} end,
    fn n -> IO.puts("after #{n}") end) |> Enum.to_list()
end)
T.t(fn ->
  Stream.resource(fn -> IO.puts("start"); 0 end,
    fn n -> {[n, n], n + 1} end,
    fn n -> IO.puts("after #{n}") end) |> Enum.take(3)
end)
T.t(fn -> Stream.transform(1..5, 0, fn x, acc -> if acc > 5, do: {:halt, acc}, else: {[x, acc], acc + x} end) |> Enum.to_list() end)
T.t(fn -> Stream.transform(1..3, fn -> IO.puts("tstart"); 0 end, fn x, acc -> {[x + acc], acc + 1} end, fn acc -> IO.puts("tafter #{acc}") end) |> Enum.to_list() end)
T.t(fn -> Stream.transform(1..3, fn -> 0 end, fn x, acc -> {[x + acc], acc + 1} end, fn acc -> {[:last, acc], acc} end, fn acc -> IO.puts("tafter #{acc}") end) |> Enum.to_list() end)
T.t(fn ->
  Stream.chunk_while(1..10, [], fn i, acc -> if rem(i, 3) == 0, do: {:cont, Enum.reverse([i | acc]), []}, else: {:cont, [i | acc]} end,
    fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list()
end)
T.t(fn -> Stream.chunk_every(1..7, 3) |> Enum.to_list() end)
T.t(fn -> Stream.chunk_every(1..7, 3, 2, :discard) |> Enum.to_list() end)
T.t(fn -> Stream.chunk_every(1..7, 3, 3, [:a, :b]) |> Enum.to_list() end)
T.t(fn -> Stream.chunk_by([1, 1, 2, 2, 3], & &1) |> Enum.to_list() end)
T.t(fn -> Stream.dedup([1, 1, 2, 1]) |> Enum.to_list() end)
T.t(fn -> Stream.dedup_by([1, 2, 11, 12], &div(&1, 10)) |> Enum.to_list() end)
T.t(fn -> Stream.drop(1..10, -3) |> Enum.to_list() end)
T.t(fn -> Stream.take(1..10, -3) |> Enum.to_list() end)
T.t(fn -> Stream.drop_every(1..10, 2) |> Enum.to_list() end)
T.t(fn -> Stream.take_every(1..10, 4) |> Enum.to_list() end)
T.t(fn -> Stream.drop_while(1..6, &(&1 < 4)) |> Enum.to_list() end)
T.t(fn -> Stream.take_while(1..6, &(&1 < 4)) |> Enum.to_list() end)
T.t(fn -> Stream.flat_map(1..3, &[&1, &1]) |> Enum.to_list() end)
T.t(fn -> Stream.intersperse(1..3, 0) |> Enum.to_list() end)
T.t(fn -> Stream.map_every(1..6, 2, &(&1 * 10)) |> Enum.to_list() end)
T.t(fn -> Stream.reject(1..6, &(rem(&1, 2) == 0)) |> Enum.to_list() end)
T.t(fn -> Stream.scan(1..5, &+/2) |> Enum.to_list() end)
T.t(fn -> Stream.scan(1..5, 100, &+/2) |> Enum.to_list() end)
T.t(fn -> Stream.uniq([1, 2, 1, 3]) |> Enum.to_list() end)
T.t(fn -> Stream.uniq_by([1, 2, 11, 3], &rem(&1, 10)) |> Enum.to_list() end)
T.t(fn -> Stream.with_index([:a, :b], 1) |> Enum.to_list() end)
T.t(fn -> Stream.zip([1, 2, 3], [:a, :b]) |> Enum.to_list() end)
T.t(fn -> Stream.zip([[1, 2], [3, 4], [5, 6]]) |> Enum.to_list() end)
T.t(fn -> Stream.zip_with([1, 2], [3, 4], &*/2) |> Enum.to_list() end)
T.t(fn -> Stream.zip(Stream.cycle([:x]), 1..3) |> Enum.to_list() end)
T.t(fn -> Stream.concat([1..2, [3], Stream.map([4], & &1)]) |> Enum.to_list() end)
T.t(fn -> Stream.concat(1..2, 5..6) |> Enum.to_list() end)
T.t(fn -> Stream.run(Stream.map(1..2, &IO.puts/1)) end)
T.t(fn -> Stream.each(1..3, &IO.write("e#{&1} ")) |> Enum.take(2) end)
T.t(fn -> Stream.filter(1..10, &(&1 > 3)) |> Stream.map(&(&1 * 2)) |> Enum.take(2) end)
T.t(fn -> Stream.interval(1) |> Enum.take(3) end)
T.t(fn -> Stream.timer(1) |> Enum.to_list() end)
T.t(fn -> Stream.take(Stream.iterate(0, &(&1 + 1)), 3) |> Enum.sum() end)
T.t(fn -> Stream.map(1..3, & &1) |> Enum.reverse() end)
T.t(fn -> Stream.map(1..3, & &1) |> Enum.member?(2) end)
T.t(fn -> Stream.map(1..3, & &1) |> Enum.count() end)
T.t(fn -> Stream.map(1..3, & &1) |> Enum.at(1) end)
T.t(fn -> Stream.take(1..3, 0) |> Enum.to_list() end)
T.t(fn -> Stream.resource(fn -> 1 end, fn _ -> raise "boom" end, fn _ -> IO.puts("cleanup") end) |> Enum.to_list() end)
T.t(fn -> Stream.map([1, 2, 3], fn 2 -> raise "two"; x -> x end) |> Stream.transform(0, fn x, acc -> {[x], acc} end) |> Enum.to_list() end)
T.t(fn -> Stream.unfold(0, fn n -> {n, n + 1} end) |> Stream.chunk_every(2) |> Enum.take(2) end)
T.t(fn -> Enum.zip(Stream.iterate(0, &(&1 + 1)), [:a, :b]) end)
T.t(fn -> Stream.transform([[1, 2], [3]], [], fn x, acc -> {x, acc} end) |> Enum.take(2) end)
