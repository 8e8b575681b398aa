fn
  x
  ->
  x
end
fn x,
   y ->
  x
end
fn x -> x
end
fn x
-> x end
