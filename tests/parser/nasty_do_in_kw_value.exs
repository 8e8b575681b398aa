foo a: if x do 1 end
foo a: if(x, do: 1)
foo a: (if x do 1 end)
foo x, y: case z do _ -> 1 end
