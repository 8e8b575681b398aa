case x do
  1
  2 -> :b
end
