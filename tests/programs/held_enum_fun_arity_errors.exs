tests = [
  {"map", fn -> Enum.map([1], fn a, b -> a + b end) end},
  {"reduce", fn -> Enum.reduce([1], 0, fn a -> a end) end},
  {"reduce2", fn -> Enum.reduce([1, 2], fn a -> a end) end},
  {"each", fn -> Enum.each([1], fn -> 1 end) end},
  {"filter", fn -> Enum.filter([1], fn a, b -> a + b end) end},
  {"sort", fn -> Enum.sort([2, 1], fn a -> a end) end},
  {"sort_by", fn -> Enum.sort_by([2, 1], fn a, b -> a + b end) end},
  {"zip_with", fn -> Enum.zip_with([1, 2], [3, 4], fn a -> a end) end},
  {"zip_with range", fn -> Enum.zip_with(1..2, [3, 4], fn a -> a end) end},
  {"map range", fn -> Enum.map(1..2, fn a, b -> a + b end) end},
  {"map map", fn -> Enum.map(%{a: 1}, fn a, b -> a + b end) end},
  {"find", fn -> Enum.find([1], fn a, b -> a + b end) end},
  {"group_by", fn -> Enum.group_by([1], fn a, b -> a + b end) end},
  {"max_by", fn -> Enum.max_by([1, 2], fn a, b -> a + b end) end},
  {"flat_map", fn -> Enum.flat_map([1], fn a, b -> a + b end) end},
  {"map_reduce", fn -> Enum.map_reduce([1], 0, fn a -> a end) end},
  {"into", fn -> Enum.into([1], [], fn a, b -> a + b end) end},
  {"Map.new", fn -> Map.new([1], fn a, b -> a + b end) end},
  {"Map.update", fn -> Map.update(%{a: 1}, :a, 0, fn a, b -> a + b end) end},
  {"Stream.map", fn -> Stream.map([1], fn a, b -> a + b end) |> Enum.to_list() end},
  {"uniq_by", fn -> Enum.uniq_by([1], fn a, b -> a + b end) end},
  {"count", fn -> Enum.count([1], fn a, b -> a + b end) end},
  {"all?", fn -> Enum.all?([1], fn a, b -> a + b end) end},
  {"min_by", fn -> Enum.min_by([1, 2], & &1, fn a -> a end) end},
  {"chunk_by", fn -> Enum.chunk_by([1], fn a, b -> a + b end) end},
  {"split_with", fn -> Enum.split_with([1], fn a, b -> a + b end) end},
  {"frequencies_by", fn -> Enum.frequencies_by([1], fn a, b -> a + b end) end},
  {"with_index", fn -> Enum.with_index([1], fn a -> a end) end},
  {"reduce_while", fn -> Enum.reduce_while([1], 0, fn a -> a end) end},
  {"String.replace", fn -> String.replace("a", "a", fn a, b -> a <> b end) end},
]
for {name, f} <- tests do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.puts("#{name}: #{inspect(e.__struct__)} #{Exception.message(e) |> String.replace(~r/#Function<[^>]*>/, "#Function<>")}")
  end
end
f = fn g -> try do g.() rescue e -> {:error, e.__struct__, Exception.message(e)} end end
IO.inspect f.(fn -> Enum.max_by([1, 2], & &1, :asc) end)
IO.inspect f.(fn -> Enum.max([1, 2], :asc) end)
IO.inspect f.(fn -> Enum.min([1, 2], :desc) end)
IO.inspect f.(fn -> Enum.max([~D[2020-01-01], ~D[2021-01-01]], Date) end)
IO.inspect f.(fn -> Enum.min_by([~D[2020-01-01], ~D[2021-01-01]], & &1, Date) end)
IO.inspect f.(fn -> Enum.max_by([], & &1, fn -> :empty end) end)
IO.inspect f.(fn -> Enum.max_by([1], & &1, &>/2, :notfun) end)
IO.inspect f.(fn -> Enum.max_by([], & &1, &>/2, :notfun) end)
IO.inspect f.(fn -> Enum.max([], &>/2, :notfun) end)
Enum.sort(["b", "a"], fn a -> a end)
