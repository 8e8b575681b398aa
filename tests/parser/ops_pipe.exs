x |> f()
x |> f
x |> f(y)
x |> f() |> g()
x |> Mod.f()
x |> Mod.f
x |> Mod.f(1, 2)
x |> fun.()
x |> (&(&1 + 1)).()
x |> then(fn y -> y * 2 end)
[1, 2] |> Enum.map(&(&1 * 2)) |> Enum.sum()
a + b |> f()
a |> f() + b
a |> f() == b |> g()
a = b |> c()
x |> f(y) |> g(z, w)
