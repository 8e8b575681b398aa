# Deeply nested data inspects recursively with the same rules at each level.
data = %{
  users: [
    %{name: "Ann", roles: [:admin, :dev], meta: {:created, ~D[2020-05-17]}},
    %{name: "Bo", roles: [], meta: nil}
  ],
  settings: [theme: "dark", size: 12],
  counts: {1, [2, [3, [4, [5]]]]},
  raw: <<0, 255>>
}

IO.inspect(data)
IO.inspect([[[[[]]]]])
IO.inspect({{{{}}}})
IO.inspect([{:a, [b: [c: %{d: 'e'}]]}])
IO.inspect(%{list: Enum.to_list(1..3), tuple: List.to_tuple(Enum.to_list(1..3))})
IO.inspect([1, [2, 3], "four", :five, 6.0, {7}, %{8 => 9}])
