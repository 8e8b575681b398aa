foo()
foo(1)
foo(1, 2)
foo(a, b, c)
foo(bar(baz(1)))
foo(
  1,
  2
)
foo(1,
    2)
foo([1, 2], {3, 4}, %{5 => 6})
foo?(x)
foo!(x)
_foo(x)
foo_bar1(x)
