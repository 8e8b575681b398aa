foo(a, b: 1)
foo(a, b: 1, c: 2)
foo(b: 1)
foo(a, [b: 1])
foo([b: 1], c: 2)
foo(a, b: 1,
  c: 2)
foo(
  a,
  b: 1,
  c: 2
)
Mod.f(x, opt: true)
fun.(x, opt: true)
%{a: 1, b: 2}
%{"a" => 1, b: 2}
{a, b: 1}
