# Function.info, capture and identity; :erlang.fun_info on captures.
f = &String.split/2
IO.inspect(Function.info(f))
IO.inspect(Function.info(f, :arity))
IO.inspect(Function.info(f, :type))
IO.inspect(:erlang.fun_info(f, :module))
add = fn a, b -> a + b end
IO.inspect(Function.info(add, :arity))
IO.inspect(Function.info(add, :type))
IO.inspect(Function.info(add, :env))
IO.inspect(Keyword.keys(Function.info(add)))
len = Function.capture(String, :length, 1)
IO.inspect(len)
IO.inspect(len.("four"))
IO.inspect(len == (&String.length/1))
IO.inspect(Function.capture(:lists, :reverse, 1).([1, 2, 3]))
IO.inspect(Function.identity(7))
IO.inspect(Enum.map([1, 2], &Function.identity/1))
defmodule Shapes do
  def area(r), do: r * r
  def make, do: fn x -> x + 1 end
end
IO.inspect(Function.info(&Shapes.area/1))
IO.inspect(Function.info(Shapes.make(), :module))
IO.inspect(Function.info(Shapes.make(), :arity))
try do
  Function.info(:not_a_fun)
rescue
  e in ArgumentError -> IO.inspect(e.__struct__)
end
