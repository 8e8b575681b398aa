# for with uniq: and reduce:.
IO.inspect(for x <- [1, 2, 1, 3, 2], uniq: true, do: x)
IO.inspect(for x <- [1, 2, 3, 4], uniq: true, do: rem(x, 2))
IO.inspect(for x <- ~w(a b a), uniq: true, into: "", do: x)

sum = for x <- 1..10, reduce: 0 do
  acc -> acc + x
end
IO.inspect(sum)

counts =
  for word <- ~w(the cat and the hat and the end), reduce: %{} do
    acc -> Map.update(acc, word, 1, &(&1 + 1))
  end
IO.inspect(counts)

{evens, odds} =
  for x <- 1..7, reduce: {[], []} do
    {e, o} when rem(x, 2) == 0 -> {[x | e], o}
    {e, o} -> {e, [x | o]}
  end
IO.inspect({Enum.reverse(evens), Enum.reverse(odds)})

longest =
  for w <- ~w(pear banana fig), reduce: "" do
    best -> if String.length(w) > String.length(best), do: w, else: best
  end
IO.puts(longest)
