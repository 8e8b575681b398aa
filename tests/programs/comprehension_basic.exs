# for comprehensions with one or more generators.
IO.inspect(for x <- [1, 2, 3], do: x * x)
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..9, y <- 1..9, x <= y, x * y == 12, do: {x, y})

table =
  for x <- 1..3, y <- 1..3 do
    {{x, y}, x * y}
  end
IO.inspect(table)

IO.inspect(for {k, v} <- %{a: 1, b: 2}, do: {v, k})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for x <- [], do: x)
IO.inspect(for c <- 'abc', do: c - 32)
IO.inspect(for s <- ~w(apple kiwi), n = String.length(s), n > 4, do: {s, n})
IO.inspect(for x <- 1..3, y <- x..3, do: {x, y})
IO.inspect(for [a, b] <- [[1, 2], [3], [4, 5]], do: a + b)
IO.inspect(for x <- 1..4, rem(x, 2) == 0, y = x * 10, do: y)
for n <- 1..3, do: IO.puts("side effect #{n}")
IO.inspect(for x <- 1..2, do: (for y <- 1..2, do: x + y))
IO.inspect(for i <- 1..3//2, do: i)
