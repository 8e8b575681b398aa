fun.()
fun.(1)
fun.(1, 2)
fun.(a).(b)
fun.().()
a.()
(fn x -> x end).(1)
(&(&1 + 1)).(2)
m.fun.(x)
m.f().(x)
Mod.fun().(x)
fun.(x) |> other.()
fun.(a: 1)
fun.(x, a: 1)
fun.(
  1,
  2
)
