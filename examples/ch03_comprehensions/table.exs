# Section 3.4.4: for comprehensions with several generators, filters and into:.
IO.inspect(for x <- [1, 2, 3], do: x * x)

table = for x <- 1..3, y <- 1..3, into: %{}, do: {{x, y}, x * y}
IO.inspect(table[{2, 3}])
IO.inspect(map_size(table))

IO.inspect(for x <- 1..9, y <- 1..9, x <= y, x * y == 12, do: {x, y})

for row <- 1..3 do
  IO.puts(Enum.map_join(1..5, " ", fn col -> String.pad_leading("#{row * col}", 2) end))
end

IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>)
IO.inspect(for w <- ~w(a b a c b), uniq: true, do: w)
IO.inspect(for n <- 1..5, reduce: 1 do
  acc -> acc * n
end)
