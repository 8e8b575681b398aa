a.b = 1
f(x) = 1
1 = x = 2
x..y//z = r
!x = y
not x = y
^x..^y = r
%{a | b: %{a.b | c: 1}}
[a, b] = [c, d] = list
