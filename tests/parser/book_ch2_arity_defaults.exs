defmodule Counter do
  def inc(x), do: inc(x, 1)
  def inc(x, by), do: x + by

  def describe(value, prefix \\ "value", suffix \\ ".") do
    "#{prefix}: #{value}#{suffix}"
  end
end

Counter.inc(1)
Counter.inc(1, 5)
Counter.describe(42)
Counter.describe(42, "answer")
Counter.describe 42, "answer", "!"
