a - b - c
a / b / c
a |> b |> c
a == b == c
a < b < c
a && b && c
a and b and c
a || b || c
a or b or c
a in b in c
a =~ b =~ c
a <<< b <<< c
a ~> b ~> c
a + b - c + d
a * b / c * d
