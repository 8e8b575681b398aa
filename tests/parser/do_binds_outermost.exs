foo bar do
  :body
end
foo bar baz do
  :body
end
foo bar(baz) do
  :body
end
foo(bar baz) do
  :body
end
foo bar, baz do
  :body
end
Mod.f bar do
  :body
end
foo Mod.bar baz do
  :body
end
foo x, bar y do
  :body
end
foo a: b do
  :body
end
foo bar(1) do :x end
x = foo bar do
  :y
end
