# Anonymous functions recurse by receiving themselves as an argument.
fact = fn
  _self, 0 -> 1
  self, n -> n * self.(self, n - 1)
end

IO.inspect(fact.(fact, 10))

fix = fn f ->
  (fn x -> x.(x) end).(fn x -> f.(fn y -> x.(x).(y) end) end)
end

fib = fix.(fn rec -> fn
    n when n < 2 -> n
    n -> rec.(n - 1) + rec.(n - 2)
  end
end)

IO.inspect(Enum.map(0..10, fib))

walk = fn
  _walk, {:leaf, v} -> [v]
  walk, {:node, l, r} -> walk.(walk, l) ++ walk.(walk, r)
end

tree = {:node, {:node, {:leaf, 1}, {:leaf, 2}}, {:leaf, 3}}
IO.inspect(walk.(walk, tree))
