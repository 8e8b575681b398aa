foo do
  1
end
foo x do
  :body
end
foo(x) do
  :body
end
foo x, y do
  a
  b
end
foo do end
foo do
end
foo do 1 end
foo do; end
foo do
  # only a comment
end
Mod.f x do
  x
end
