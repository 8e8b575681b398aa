foo.bar do
  1
end
Mod.f do
  :x
end
foo a: bar do
  1
end
mod.f x do
  x
end
fun.(x) do
  y
end
