# join, map_join, intersperse and string building from collections.
IO.inspect(Enum.join([1, 2, 3]))
IO.inspect(Enum.join([1, 2, 3], ", "))
IO.inspect(Enum.join(["a", :b, 'c', 4.5], "-"))
IO.inspect(Enum.map_join([1, 2, 3], "+", &(&1 * 10)))
IO.inspect(Enum.map_join(%{a: 1, b: 2}, "&", fn {k, v} -> "#{k}=#{v}" end))
IO.inspect(Enum.intersperse([1, 2, 3], 0))
IO.inspect(Enum.intersperse([], 0))
IO.inspect(Enum.join([]))
IO.inspect(Enum.join([[?a, "b"], "c"]))
rows = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
IO.puts(Enum.map_join(rows, "\n", fn row -> Enum.join(row, "\t") end))
IO.puts(Enum.join(Enum.map(1..5, &Integer.to_string/1), " < "))
