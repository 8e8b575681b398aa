try do
  compute()
rescue
  ArgumentError -> :bad
else
  {:ok, v} -> v
  other -> other
after
  IO.puts("done")
end
try do
  x
after
  y
end
try do: x, after: y
try do
  1
else
  n -> n + 1
end
