f = fn x ->
  x
