# Anonymous functions with several clauses and guards.
classify = fn
  0 -> :zero
  x when is_integer(x) and x > 0 -> :positive
  x when is_integer(x) -> :negative
  x when is_float(x) -> :float
  _ -> :other
end

IO.inspect(Enum.map([0, 5, -5, 1.5, "x"], classify))

handle = fn
  {:ok, value} -> "got #{value}"
  {:error, reason} -> "failed: #{reason}"
end

IO.puts(handle.({:ok, 42}))
IO.puts(handle.({:error, "timeout"}))

pair = fn
  a, b when a > b -> {b, a}
  a, b -> {a, b}
end

IO.inspect(pair.(3, 1))
IO.inspect(pair.(1, 3))

test_num = fn
  x when x < 0 -> :negative
  0 -> :zero
  _x -> :positive
end
IO.inspect(Enum.map(-1..1, test_num))

lengths = fn
  [] -> 0
  [_] -> 1
  [_, _ | _] -> :many
end
IO.inspect({lengths.([]), lengths.([1]), lengths.([1, 2, 3])})
