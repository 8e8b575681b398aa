fn -> fn -> fn -> 1 end end end
fn x -> fn y -> x + y end end
adder = fn a -> fn b -> a + b end end
adder.(1).(2)
Enum.map(xs, fn x -> Enum.map(x, fn y -> y * 2 end) end)
fn x -> case x do
  1 -> fn -> :one end
  _ -> fn -> :other end
end end
