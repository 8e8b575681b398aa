IO.inspect for x <- 1..5, y <- x..5, rem(x + y, 3) == 0, do: {x, y}
IO.inspect for {k, v} <- %{a: 1, b: 2, c: 3}, v > 1, into: %{}, do: {v, k}
IO.inspect for x <- [1, 2, 2, 3, 3, 3], uniq: true, do: x * 10
r = for x <- 1..10, reduce: 0 do
  acc when rem(x, 2) == 0 -> acc + x
  acc -> acc - x
end
IO.inspect r
IO.inspect for <<c <- "hello">>, into: "", do: <<c - 32>>
IO.inspect for <<r::8, g::8, b::8 <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b}
IO.inspect for x <- ~w(a b c), into: MapSet.new(), do: String.to_atom(x)
IO.inspect for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v
IO.inspect for x <- [1, 2, 3], y = x * x, y > 2, do: y
IO.inspect for i <- 1..3, into: [], do: i
IO.inspect for(x <- 1..3, do: x) |> Enum.sum()
IO.inspect for x <- [], do: x
IO.inspect for a <- 1..2, b <- [:x, :y], into: %{}, do: {{a, b}, true}
IO.inspect for s <- ["a", "b"], into: IO.stream(:stdio, :line) |> then(fn _ -> [] end), do: s
r = for x <- 1..3, reduce: %{} do
  acc -> Map.update(acc, rem(x, 2), [x], &[x | &1])
end
IO.inspect r
IO.inspect for <<byte <- <<255, 0, 128>> >>, do: Integer.to_string(byte, 2) |> String.pad_leading(8, "0")
IO.inspect for x <- 1..9, rem(x, 3) == 0, into: "", do: "#{x},"
r = for w <- String.split("the quick brown fox the lazy dog the end"), reduce: %{} do
  acc -> Map.update(acc, w, 1, &(&1 + 1))
end
IO.inspect r
IO.inspect (for x <- 1..4, uniq: true, do: rem(x, 2))
