f(1)(2)
f.(1)(2)
f()()
Mod.f(1)(2)
foo (1)
foo (a + b) * c
