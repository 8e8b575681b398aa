foo(a,
