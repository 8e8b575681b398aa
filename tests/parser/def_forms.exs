def f, do: 1
def f(), do: 1
def f(x), do: x
def f(x, y), do: x + y
def f do
  1
end
def f() do
  1
end
def f(x) do
  x
end
def f x, y do
  x
end
def unquote(name)(arg), do: arg
def unquote(name)(), do: :ok
def f(x) when x > 0, do: x
def f(x) when x > 0 do
  x
end
def a?(x), do: x
def b!(x), do: x
def f(_), do: nil
def f(_x, _y), do: nil
def f(%{} = m), do: m
def f([h | t]), do: {h, t}
def f("prefix" <> rest), do: rest
def f(<<b, rest::binary>>), do: {b, rest}
def f(head)
def import(x), do: x
def unless(x), do: x
