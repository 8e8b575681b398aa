# Anonymous functions: definition, calling with .(), and arity.
square = fn x -> x * x end
IO.inspect(square.(7))
add = fn a, b -> a + b end
IO.inspect(add.(2, 3))
noop = fn -> :nothing end
IO.inspect(noop.())
IO.inspect((fn x -> x + 1 end).(1))
IO.inspect(is_function(square))
IO.inspect(is_function(add, 2))
IO.inspect(Function.info(add, :arity))

apply_twice = fn f, x -> f.(f.(x)) end
IO.inspect(apply_twice.(square, 3))

make_adder = fn n -> fn x -> x + n end end
add5 = make_adder.(5)
IO.inspect(add5.(10))
IO.inspect(make_adder.(1).(1))

body = fn x ->
  y = x * 2
  z = y + 1
  {x, y, z}
end
IO.inspect(body.(4))

swap = fn {a, b} -> {b, a} end
IO.inspect(swap.({:left, :right}))
IO.inspect(Enum.map([1, 2, 3], fn x -> x * 100 end))
funs = [&(&1 + 1), &(&1 * 2), square]
IO.inspect(Enum.map(funs, fn f -> f.(5) end))
IO.inspect(Enum.reduce(funs, 3, fn f, acc -> f.(acc) end))
