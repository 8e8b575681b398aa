1 + 2 - 3 * 4 / 5 ** 6
a..b//c + d
(a..b)//c
x = a ++ b <> c -- d
a |> b <<< c >>> d
a < b == c > d
a =~ b === c !== d
a &&& b ||| c
a and b or c and d or e
a = b = c || d
[a | b] = [c | d]
x when x > 0 when x < 0
