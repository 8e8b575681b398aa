mod.f()
mod.f(1)
mod.f
mod.f 1
mod.f(1).g(2)
state.count
user.address.city
map.key.other
conn.assigns[:user]
a.b.c
a.b().c
a.b.c()
a.b().c()
a.b(1).c(2).d(3)
@mod.f(x)
__MODULE__.f(x)
