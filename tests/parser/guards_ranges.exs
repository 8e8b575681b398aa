def f(x) when x in 1..10, do: :small
def f(x) when x in ?a..?z, do: :lower
def f(x) when x not in 0..9//2, do: :odd
def g(x) when is_integer(x) and x in [1, 2, 3] and rem(x, 2) == 1, do: :ok
def h(x) when x |> is_integer(), do: x
def k(%{a: a}) when map_size(a) == 0 or is_nil(a), do: a
def m(<<x, _::binary>>) when x in ~c"abc", do: x
defguard is_small(x) when is_integer(x) and x in -10..10
