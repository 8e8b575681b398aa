# Data never changes in place; functions return new versions.
list = [1, 2, 3]
new_list = List.replace_at(list, 0, :changed)
IO.inspect(list)
IO.inspect(new_list)

map = %{count: 0}
bumped = Map.update!(map, :count, &(&1 + 1))
IO.inspect({map, bumped})

tuple = {:a, :b}
IO.inspect({tuple, put_elem(tuple, 0, :z)})

defmodule Counter do
  def add_all(counter, []), do: counter
  def add_all(counter, [h | t]), do: add_all(counter + h, t)
end

start = 100
IO.inspect(Counter.add_all(start, [1, 2, 3]))
IO.inspect(start)

string = "abc"
upper = String.upcase(string)
IO.inspect({string, upper})

shared = [:tail, :shared]
a = [1 | shared]
b = [2 | shared]
IO.inspect({a, b, tl(a) == tl(b)})
