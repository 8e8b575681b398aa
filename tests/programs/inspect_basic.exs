# inspect/1 for every basic type.
values = [
  42, -7, 3.14, 1.0e-10, :atom, :"quoted atom", nil, true, "string", 'charlist', [1, 2],
  {1, :two, "three"}, %{a: 1}, %{"k" => "v"}, [a: 1, b: 2], 1..5, 1..10//2, <<1, 2, 3>>, <<1::3>>,
  &String.length/1, [], {}, %{}, "", [[]], [nil], [1 | 2]
]

Enum.each(values, fn v -> IO.puts(inspect(v)) end)
IO.puts(inspect("already a string"))
IO.puts(inspect(:ok) <> " " <> inspect(1))
IO.inspect(inspect(inspect("nested")))
IO.inspect(MapSet.new([3, 1, 2]))
IO.inspect(MapSet.new())
IO.inspect(~D[2020-01-01])
IO.inspect(~r/re/)
IO.inspect({:ok, %{list: [1, {2, [3]}], map: %{nested: %{deep: true}}}})
