# Matching tuples: size, constants and nesting must agree.
{name, age} = {"Bob", 25}
IO.puts("#{name} #{age}")
{_, {hour, min, _}} = {{2023, 5, 1}, {9, 30, 0}}
IO.inspect({hour, min})

check = fn t ->
  case t do
    {} -> :empty
    {:person, n} -> {:person_named, n}
    {x, x} -> {:twin, x}
    {_, _} -> :pair
    {_, _, _} -> :triple
    _ -> :bigger
  end
end

for t <- [{}, {:person, "Al"}, {2, 2}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}] do
  IO.inspect(check.(t))
end

result =
  try do
    {a, b} = {1, 2, 3}
    {a, b}
  rescue
    e in MatchError -> Exception.message(e)
  end

IO.puts(result)
{:ok, {:user, %{id: id}}} = {:ok, {:user, %{id: 7, name: "x"}}}
IO.inspect(id)
