if x do
  :yes
end
if x, do: :yes
if x, do: :yes, else: :no
if(x, do: :yes, else: :no)
if x > 0 and y < 0 do
  :mixed
else
  :same
end
if not x, do: 1
if !x, do: 1
if x == nil, do: raise("nil"), else: x
y = if x, do: 1, else: 2
if foo(bar) do baz end
if foo bar do baz end
if Mod.f(x), do: :ok
if x do :a else :b end
