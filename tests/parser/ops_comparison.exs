a < b
a > b
a <= b
a >= b
a < b and b < c
1 < 2 == true
a < b < c
a >= b <= c
x > -1
