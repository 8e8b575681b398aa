foo
(1)
bar
[1]
baz
{1}
qux
  .quux
Mod
  .f()
list
|> Enum.map(& &1)
x =
  1
y
=
2
