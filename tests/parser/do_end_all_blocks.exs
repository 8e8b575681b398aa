foo do
  a
rescue
  b
catch
  c
else
  d
after
  e
end
foo do
after
end
foo do
  x
after
  y
end
foo do
  :a
else
  :b
end
