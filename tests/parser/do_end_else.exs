if x do
  1
else
  2
end
unless x do
  1
else
  2
end
if x do
else
end
foo do
  a
else
  b
end
if a do b else c end
if x do
  1
else
  # nothing
end
