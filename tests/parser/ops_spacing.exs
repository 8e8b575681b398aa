a+b
a +b
a+ b
a + b
a*b
a *b
a* b
a**b
a++b
a<>b
a==b
a&&b
a||b
a|>b
a..b
1..2
a=b
a=-b
a-b
a- b
