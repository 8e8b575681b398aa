# case matches a value against patterns in order, with optional guards.
describe = fn value ->
  case value do
    {:ok, result} when is_integer(result) -> "integer result #{result}"
    {:ok, result} -> "result #{inspect(result)}"
    {:error, _} = err -> "error tuple #{inspect(err)}"
    [] -> "empty list"
    [x] -> "one element: #{x}"
    [_ | rest] -> "list with #{length(rest)} more"
    %{name: name} -> "named #{name}"
    n when n in 1..9 -> "digit"
    _other -> "something else"
  end
end

for v <- [{:ok, 1}, {:ok, "a"}, {:error, :x}, [], [5], [1, 2, 3], %{name: "N"}, 7, :z] do
  IO.puts(describe.(v))
end

x = 3
r =
  case 3 do
    ^x -> :pinned_match
    _ -> :no
  end
IO.inspect(r)

IO.inspect(case :rand.uniform(1) do
  1 -> :always_one
end)

value = case {1, 2} do
  {a, b} -> a + b
end
IO.inspect(value)

nested = case [1, {2, [3]}] do
  [_, {_, [inner]}] -> inner
end
IO.inspect(nested)
