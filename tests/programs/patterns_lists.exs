# Matching lists by length, head and tail.
[a, b, c] = [1, 2, 3]
IO.inspect({a, b, c})
[head | tail] = [1, 2, 3]
IO.inspect({head, tail})
[x | []] = [:only]
IO.inspect(x)
[first, second | others] = Enum.to_list(1..5)
IO.inspect({first, second, others})
[_, [inner | _] | _] = [0, [1, 2], 3]
IO.inspect(inner)
[min | _] = Enum.sort([3, 1, 2])
IO.inspect(min)

shape = fn
  [] -> "empty"
  [_] -> "singleton"
  [a, a] -> "two equal"
  [_, _] -> "pair"
  [1 | _] -> "starts with one"
  _ -> "long"
end

for l <- [[], [1], [2, 2], [1, 2], [1, 2, 3], [5, 6, 7]], do: IO.puts(shape.(l))

[a1 | [b1 | [c1]]] = ["x", "y", "z"]
IO.inspect(a1 <> b1 <> c1)
'he' ++ rest = 'hello'
IO.inspect(rest)
[{k, v} | _] = [z: 26, y: 25]
IO.inspect({k, v})
