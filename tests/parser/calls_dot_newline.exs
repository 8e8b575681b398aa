Mod.
  f(1)
a
|> Mod.f()
x.
y
Enum
.map([1], & &1)
foo
.bar
