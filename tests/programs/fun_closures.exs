# Closures capture the values of variables when they are created.
outside = 10
lambda = fn -> IO.puts("captured #{outside}") end
outside = 20
lambda.()
IO.puts("now #{outside}")

counter_from = fn start ->
  {fn -> start end, fn -> start + 1 end}
end

{get, next} = counter_from.(41)
IO.inspect({get.(), next.()})

multipliers = for n <- 1..3, do: fn x -> x * n end
IO.inspect(Enum.map(multipliers, & &1.(10)))

defmodule Make do
  def greeter(greeting) do
    fn name -> "#{greeting}, #{name}" end
  end

  def compose(f, g), do: fn x -> g.(f.(x)) end
end

hi = Make.greeter("Hi")
IO.puts(hi.("Zoe"))
inc_then_double = Make.compose(&(&1 + 1), &(&1 * 2))
IO.inspect(inc_then_double.(5))
pipeline = Enum.reduce([&String.trim/1, &String.upcase/1, &String.reverse/1], & &1, &Make.compose(&2, &1))
IO.inspect(pipeline.("  abc "))

map = %{factor: 3}
scale = fn x -> x * map.factor end
IO.inspect(Enum.map([1, 2], scale))
{a, b} = {1, 2}
sum = fn -> a + b end
IO.inspect(sum.())
