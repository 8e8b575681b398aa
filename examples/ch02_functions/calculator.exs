# Section 2.3.2: functions live in modules; the result is the last expression.
defmodule Calculator do
  def add(a, b) do
    a + b
  end

  # The one-line form with do:
  def subtract(a, b), do: a - b

  # A function without arguments may be called with or without parentheses.
  def zero, do: 0

  def average(a, b) do
    sum = add(a, b)
    sum / 2
  end
end

IO.inspect(Calculator.add(2, 3))
IO.inspect(Calculator.subtract(10, 4))
IO.inspect(Calculator.zero())
IO.inspect(Calculator.average(3, 4))

# The pipe operator passes a result on as the first argument of the next call.
5
|> Calculator.add(5)
|> Calculator.subtract(3)
|> Calculator.average(1)
|> IO.inspect()
