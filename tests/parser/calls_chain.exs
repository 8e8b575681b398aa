a.b.c.d.e
a.b(1).c.d(2)
Mod.f(x).field
Mod.f(x).field.other()
foo().bar
foo().bar()
foo(1).bar(2).baz(3)
"str".length
[1].x
{1, 2}.x
%{a: 1}.a
(a + b).c
x.y.z |> f()
