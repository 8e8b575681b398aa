1 + 2
1 - 2
2 * 3
6 / 2
2 ** 10
a + b - c
a * b / c
a - b - c
a / b / c
2 ** 3 ** 2
a+b
a*b
a/b
a-b
