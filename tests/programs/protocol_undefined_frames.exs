defprotocol Shape do
  def area(s)
end
defimpl Shape, for: Integer do
  def area(n), do: n * n
end
defmodule Use do
  def run(x), do: Shape.area(x) + 1
end
IO.puts Use.run(3)
try do
  Shape.area(:a)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end
Use.run("s")
