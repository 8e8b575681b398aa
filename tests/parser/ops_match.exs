x = 1
{a, b} = {1, 2}
[h | t] = list
%{k: v} = map
a = b = c
^x = 1
{^a, _} = pair
"prefix" <> rest = str
<<x::8, rest::binary>> = bin
x = y = z = 0
[a, b | _] = [1, 2, 3]
{:ok, result} = {:ok, 42}
