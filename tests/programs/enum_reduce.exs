# Enum.reduce, reduce_while, map_reduce, scan and flat_map_reduce.
IO.inspect(Enum.reduce([1, 2, 3, 4], 0, fn x, acc -> x + acc end))
IO.inspect(Enum.reduce([1, 2, 3, 4], fn x, acc -> x * acc end))
IO.inspect(Enum.reduce(~w(a b c), "", &(&2 <> &1)))
IO.inspect(Enum.reduce(%{a: 1, b: 2}, 0, fn {_k, v}, acc -> v + acc end))
IO.inspect(Enum.reduce(1..5, [], &[&1 | &2]))
IO.inspect(Enum.reduce_while(1..100, 0, fn x, acc ->
  if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x}
end))
IO.inspect(Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end))
IO.inspect(Enum.scan(1..5, &+/2))
IO.inspect(Enum.scan(1..5, 10, &+/2))
IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {[x, x], acc + 1} end))
IO.inspect(Enum.flat_map_reduce(1..10, 0, fn x, acc ->
  if acc >= 3, do: {:halt, acc}, else: {[x], acc + 1}
end))

{min, max} = Enum.reduce([5, 3, 9, 1], {nil, nil}, fn
  x, {nil, nil} -> {x, x}
  x, {lo, hi} -> {min(x, lo), max(x, hi)}
end)
IO.inspect({min, max})

word_lengths = Enum.reduce(~w(one three five), %{}, fn w, acc -> Map.put(acc, w, String.length(w)) end)
IO.inspect(word_lengths)
