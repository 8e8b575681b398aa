# :maps functions that take funs.
m = %{a: 1, b: 2, c: 3}
IO.inspect(:maps.map(fn _k, v -> v * 10 end, m))
IO.inspect(:maps.filter(fn _k, v -> v > 1 end, m))
IO.inspect(:maps.filtermap(fn k, v -> if k == :a, do: false, else: {true, v + 100} end, m))
IO.inspect(:maps.fold(fn k, v, acc -> [{k, v} | acc] end, [], m))
IO.inspect(:maps.foreach(fn k, v -> IO.puts("#{k}=#{v}") end, m))
IO.inspect(:maps.update_with(:a, &(&1 + 1), m))
IO.inspect(:maps.update_with(:z, &(&1 + 1), 0, m))
IO.inspect(:maps.update_with(:a, &(&1 + 1), 0, m))
IO.inspect(:maps.groups_from_list(&rem(&1, 2), [1, 2, 3, 4, 5]))
IO.inspect(:maps.groups_from_list(&rem(&1, 2), &(&1 * 10), [1, 2, 3, 4, 5]))
IO.inspect(:maps.merge_with(fn _k, a, b -> a + b end, %{a: 1, b: 2}, %{b: 10, c: 20}))
IO.inspect(:maps.intersect_with(fn _k, a, b -> {a, b} end, %{a: 1, b: 2}, %{b: 10, c: 20}))
try do
  :maps.map(fn _k, v -> v end, [:not_a_map])
rescue
  e in BadMapError -> IO.inspect(e.term)
end
try do
  :maps.update_with(:missing, &(&1 + 1), m)
rescue
  e in KeyError -> IO.inspect(e.key)
end
