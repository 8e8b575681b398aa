(a -> b)
(a -> b; c -> d)
(x, y -> x + y)
(-> :zero)
(x when x > 0 -> x)
(
  1 -> :one
  2 -> :two
)
case x, do: (1 -> :a)
foo((a -> b))
