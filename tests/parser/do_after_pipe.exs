if foo do
  :a
end |> bar
if foo do
  :a
else
  :b
end |> bar()
case x do
  _ -> 1
end
|> Kernel.+(1)
foo do
  1
end + 2
x = (case y do _ -> 1 end) + 1
