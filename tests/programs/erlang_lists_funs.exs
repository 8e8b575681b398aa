# :lists functions that take funs.
IO.inspect(:lists.map(&(&1 * 2), [1, 2, 3]))
IO.inspect(:lists.flatmap(&[&1, &1], [1, 2]))
IO.inspect(:lists.foldl(fn x, acc -> [x | acc] end, [], [1, 2, 3]))
IO.inspect(:lists.foldr(fn x, acc -> [x | acc] end, [], [1, 2, 3]))
IO.inspect(:lists.filter(&(rem(&1, 2) == 0), Enum.to_list(1..10)))
IO.inspect(:lists.filtermap(fn x -> if x > 2, do: {true, x * 10}, else: x == 1 end, [1, 2, 3, 4]))
IO.inspect(:lists.any(&(&1 > 2), [1, 2, 3]))
IO.inspect(:lists.all(&(&1 > 2), [1, 2, 3]))
IO.inspect(:lists.any(&(&1 > 2), []))
IO.inspect(:lists.all(&(&1 > 2), []))
IO.inspect(:lists.foreach(&IO.inspect/1, [:a, :b]))
IO.inspect(:lists.dropwhile(&(&1 < 3), [1, 2, 3, 1]))
IO.inspect(:lists.takewhile(&(&1 < 3), [1, 2, 3, 1]))
IO.inspect(:lists.splitwith(&(&1 < 3), [1, 2, 3, 1]))
IO.inspect(:lists.partition(&(&1 < 3), [1, 2, 3, 1]))
IO.inspect(:lists.mapfoldl(fn x, acc -> {x * 2, acc + x} end, 0, [1, 2, 3]))
IO.inspect(:lists.mapfoldr(fn x, acc -> {x * 2, [x | acc]} end, [], [1, 2, 3]))
IO.inspect(:lists.zipwith(&+/2, [1, 2, 3], [10, 20, 30]))
IO.inspect(:lists.zipwith3(fn a, b, c -> a * b * c end, [1, 2], [3, 4], [5, 6]))
IO.inspect(:lists.search(&(&1 > 1), [1, 2, 3]))
IO.inspect(:lists.search(&(&1 > 5), [1, 2, 3]))
IO.inspect(:lists.keymap(&String.upcase/1, 2, [{1, "a"}, {2, "b"}]))
IO.inspect(:lists.sort(&(&1 >= &2), [3, 1, 2, 5, 4]))
IO.inspect(:lists.sort(fn {a, _}, {b, _} -> a <= b end, [{2, :x}, {1, :y}, {2, :a}, {1, :b}]))
IO.inspect(:lists.usort(fn a, b -> a <= b end, [3, 1, 3, 2, 1]))
IO.inspect(:lists.merge(&(&1 >= &2), [5, 3, 1], [4, 2]))
IO.inspect(:lists.uniq(&rem(&1, 3), [1, 2, 3, 4, 5, 6]))
IO.inspect(:lists.keysort(2, [{:a, 3}, {:b, 1}, {:c, 2}, {:d, 1}]))
IO.inspect(:lists.ukeysort(2, [{:a, 3}, {:b, 1}, {:c, 2}, {:d, 1}]))
IO.inspect(:string.concat(~c"ab", ~c"cd"))
try do
  :lists.map(&(&1 * 2), :not_a_list)
rescue
  e in CaseClauseError -> IO.inspect(e.term)
end
try do
  :lists.map(&(&1 * 2), [1 | 2])
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity})
end
try do
  :lists.filter(&(&1 * 2), [1])
rescue
  e in ErlangError -> IO.inspect(e.original)
end
try do
  :lists.foldl(fn x, acc -> x + acc end, 0, [1 | 2])
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity})
end
