[h | t]
[1 | [2]]
[1, 2 | rest]
[1 | 2]
[[a | b] | c]
[a | b ++ c]
[a | b | c]
[h | t] = [1, 2, 3]
[_ | _]
[x, y | _] = list
[head |
 tail]
