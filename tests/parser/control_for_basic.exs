for x <- list, do: x * 2
for x <- [1, 2, 3] do
  x * x
end
for x <- xs, y <- ys, do: {x, y}
for x <- 1..10, rem(x, 2) == 0, do: x
for {k, v} <- map, do: {v, k}
for {:ok, v} <- results, v > 0, do: v
for x <- xs, y = x * 2, y > 3, do: y
for x <- xs,
    y <- ys,
    x != y do
  {x, y}
end
for <<c <- "hello">>, do: c
for <<c::utf8 <- str>>, c in ?a..?z, do: <<c::utf8>>
for x when is_integer(x) <- mixed, do: x
for _ <- 1..3, do: :ok
