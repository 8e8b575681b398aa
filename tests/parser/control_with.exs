with {:ok, a} <- f(),
     {:ok, b} <- g(a) do
  a + b
end
with {:ok, a} <- f(), do: a
with {:ok, a} <- f(),
     b = a * 2,
     true <- b > 0 do
  b
end
with x when is_integer(x) <- value, do: x
with do
  :nothing
end
with(
  {:ok, a} <- f(),
  {:ok, b} <- g(),
  do: a + b
)
with {:ok, a} <- f()
do
  a
end
