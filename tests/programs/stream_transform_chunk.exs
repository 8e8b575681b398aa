# Stream.transform, chunk_every, chunk_by and windowed processing.
IO.inspect(Stream.chunk_every(1..10, 4) |> Enum.to_list())
IO.inspect(Stream.chunk_every(1..7, 3, 1, :discard) |> Enum.map(&Enum.sum/1))
IO.inspect(Stream.chunk_by(~w(a b bb c cc ccc), &String.length/1) |> Enum.to_list())
running =
  Stream.transform(1..6, 0, fn x, acc -> {[acc + x], acc + x} end)
IO.inspect(Enum.to_list(running))
limited = Stream.transform(1..100, 0, fn
  _x, 3 -> {:halt, 3}
  x, n -> {[x], n + 1}
end)
IO.inspect(Enum.to_list(limited))
IO.inspect(Stream.map_every(1..6, 2, &(&1 * 100)) |> Enum.to_list())
IO.inspect(Stream.with_index(~w(x y z), 1) |> Enum.map(fn {v, i} -> "#{i}#{v}" end))
pairs = Stream.zip(Stream.iterate(0, &(&1 + 1)), ~w(a b c))
IO.inspect(Enum.to_list(pairs))
