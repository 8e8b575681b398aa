# Comprehensions solving small puzzles.
triples =
  for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(triples)

table = for row <- 1..4, do: Enum.map_join(1..4, " ", fn col -> String.pad_leading("#{row * col}", 2) end)
Enum.each(table, &IO.puts/1)

grid = for y <- 0..2, x <- 0..2, into: %{}, do: {{x, y}, if(x == y, do: "\\", else: ".")}
for y <- 0..2 do
  IO.puts(Enum.map_join(0..2, "", fn x -> grid[{x, y}] end))
end

perms = fn
  _perm, [] -> [[]]
  perm, list -> for h <- list, t <- perm.(perm, list -- [h]), do: [h | t]
end
IO.inspect(perms.(perms, [1, 2, 3]))

primes = for n <- 2..50, Enum.all?(2..(n - 1)//1, &(rem(n, &1) != 0)), do: n
IO.inspect(primes)
deck = for suit <- ~w(S H), rank <- ~w(A K Q), do: rank <> suit
IO.inspect(deck)
