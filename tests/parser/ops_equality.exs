a == b
a != b
a === b
a !== b
a =~ b
"abc" =~ ~r/b/
a == b == c
a != b and c === d
x == 1 or x == 2
a == b < c
