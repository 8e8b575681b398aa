# Functions with the same name and different arities are different functions.
defmodule Rect do
  def area(a), do: area(a, a)
  def area(a, b), do: a * b
  def area(a, b, c), do: 2 * (a * b + b * c + a * c)
end

IO.inspect(Rect.area(3))
IO.inspect(Rect.area(3, 4))
IO.inspect(Rect.area(1, 2, 3))
f1 = &Rect.area/1
f2 = &Rect.area/2
IO.inspect(f1.(5))
IO.inspect(f2.(5, 6))
IO.inspect(is_function(f1, 1))
IO.inspect(is_function(f2, 1))
IO.inspect(Function.info(f2)[:arity])
IO.inspect(:erlang.fun_info(f1, :arity))
IO.inspect(Rect.__info__(:functions))
