Mod.f()
Mod.f(1)
Mod.f(1, 2)
Mod.Sub.f(x)
Mod.f
Mod.f 1
Mod.f 1, 2
Mod.f a: 1
Mod.f x, a: 1
String.upcase("abc")
Enum.map([1, 2], fn x -> x end)
Elixir.Enum.count([])
Mod.f?(x)
Mod.f!(x)
Mod.Sub.f
