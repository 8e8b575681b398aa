for x <- [1, 2, 3] do
  x * x
end
for x <- [1, 2, 3], y <- [1, 2, 3], do: {x, y, x * y}
for x <- 1..9, y <- 1..9, do: {x, y, x * y}
multiplication_table =
  for x <- 1..9, y <- 1..9,
      into: %{} do
    {{x, y}, x * y}
  end
Map.get(multiplication_table, {7, 6})
multiplication_table =
  for x <- 1..9, y <- 1..9,
      x <= y,
      into: %{} do
    {{x, y}, x * y}
  end
