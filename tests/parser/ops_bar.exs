[h | t]
[a, b | c]
[a | [b | [c | []]]]
a | b
a | b | c
%{m | a: 1}
[x | xs] = list
[a | b] ++ c
[a ++ b | c]
[a = b | c]
