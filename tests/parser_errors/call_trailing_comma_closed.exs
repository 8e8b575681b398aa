foo(a, b,)
