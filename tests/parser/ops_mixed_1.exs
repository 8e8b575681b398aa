a = b || c && d
x = y |> f() || default
a + b * c == d and e or f
a |> b() + c
result = a..b |> Enum.map(&(&1 * 2)) |> Enum.filter(&(rem(&1, 2) == 0))
a ++ b |> c
a in b or c in d and not e
x = y = z || w
!a == !b
a <> b == c <> d
a = b when c
a :: b = c
a = b :: c
a when b = c
