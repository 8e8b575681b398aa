if x, do: 1
if x, do: 1, else: 2
if(x, do: 1, else: 2)
unless x, do: 1
def f, do: 1
def f(x), do: x
defp g(x), do: x, else: y
foo do: 1
foo(do: 1)
foo x, do: (a; b)
foo x, do: (
  a
  b
)
if x, do: (), else: nil
