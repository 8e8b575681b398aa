# apply/3 of a built-in that fails keeps the built-in's frame.
defmodule Calc do
  def run(op, a, b) do
    result = apply(:erlang, op, [a, b])
    {:ok, result}
  end
end

IO.inspect(Calc.run(:+, 1, 2))
IO.inspect(Calc.run(:div, 7, 0))
