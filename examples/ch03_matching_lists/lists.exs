# Section 3.1.5: list patterns by fixed length or by head and tail.
[first, second, third] = [10, 20, 30]
IO.inspect({first, second, third})

[head | tail] = [1, 2, 3, 4]
IO.inspect(head)
IO.inspect(tail)

[smallest | _] = Enum.sort([42, 7, 19])
IO.inspect(smallest)

[_, {:name, n} | _] = [{:id, 1}, {:name, "Ivo"}, {:age, 3}]
IO.inspect(n)
