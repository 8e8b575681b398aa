defmodule Check do
  def positive!(n) when n > 0, do: n
  def positive!(n), do: raise(ArgumentError, "expected positive, got #{n}")
  def run(n), do: n |> Kernel.-(5) |> positive!() |> Kernel.*(2)
end
IO.inspect(Check.run(10))
IO.inspect(Check.run(1))
