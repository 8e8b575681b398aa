# Streams are lazy: work happens only when the stream is consumed.
stream =
  [1, 2, 3]
  |> Stream.map(fn x -> IO.puts("map #{x}"); x * 2 end)
  |> Stream.filter(fn x -> IO.puts("filter #{x}"); x > 2 end)

IO.puts("nothing ran yet")
IO.inspect(Enum.to_list(stream))
IO.inspect(is_function(Stream.map([1], & &1)) or is_struct(Stream.map([1], & &1)))
IO.inspect(1..1_000_000 |> Stream.map(&(&1 * 3)) |> Stream.filter(&(rem(&1, 2) == 0)) |> Enum.take(5))
IO.inspect(Stream.with_index([:a, :b]) |> Enum.to_list())
IO.inspect(Stream.take_while(1..100, &(&1 < 5)) |> Enum.to_list())
IO.inspect(Stream.drop(1..10, 7) |> Enum.to_list())
IO.inspect(Stream.reject(1..10, &(rem(&1, 2) == 0)) |> Enum.sum())
IO.inspect(Stream.concat([1, 2], [3]) |> Enum.to_list())
IO.inspect(Stream.flat_map(1..3, &[&1, -&1]) |> Enum.to_list())
IO.inspect(Stream.uniq([1, 2, 1, 3]) |> Enum.to_list())
IO.inspect(Stream.dedup([1, 1, 2, 1]) |> Enum.to_list())
IO.inspect(Stream.each([1, 2], &IO.puts("each #{&1}")) |> Stream.run())
IO.inspect(Stream.zip([1, 2, 3], [:a, :b, :c]) |> Enum.to_list())
IO.inspect(Stream.map(%{a: 1}, fn {k, v} -> {v, k} end) |> Enum.to_list())
IO.inspect(Stream.take(Stream.cycle([1, 2, 3]), 7) |> Enum.to_list())
IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
IO.inspect(Stream.intersperse([1, 2, 3], 0) |> Enum.to_list())
