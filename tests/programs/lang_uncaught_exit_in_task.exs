defmodule Worker do
  def run(n) when n > 3, do: exit({:too_big, n})
  def run(n), do: n * 2
end

results = for n <- 1..3, do: Worker.run(n)
IO.inspect(results)
Worker.run(10)
