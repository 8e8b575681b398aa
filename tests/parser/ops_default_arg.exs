def f(x \\ 1), do: x
def g(a, b \\ [], c \\ %{}), do: {a, b, c}
def h(x \\ nil)
a \\ b
a \\ b \\ c
defp k(opts \\ [verbose: true]) do
  opts
end
