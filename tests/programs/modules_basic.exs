# Several modules in one file, dotted names, and nested definitions.
defmodule Shapes.Square do
  def area(side), do: side * side
end

defmodule Shapes.Circle do
  @pi 3.14159
  def area(r) do
    @pi * r * r
  end
end

defmodule Outer do
  defmodule Inner do
    def hello, do: "inner hello"
  end

  def call_inner, do: Inner.hello()
end

IO.puts(Shapes.Square.area(4))
IO.puts(Shapes.Circle.area(2))
IO.puts(Outer.Inner.hello())
IO.puts(Outer.call_inner())
IO.inspect(Shapes.Square)
IO.inspect(is_atom(Shapes.Square))
IO.inspect(Atom.to_string(Outer.Inner))

result = defmodule Returned do
  def x, do: 1
end
IO.inspect(elem(result, 0))
IO.inspect(elem(result, 1))
IO.inspect(elem(result, 3))

defmodule Calc, do: (def double(x), do: x * 2)
IO.inspect(Calc.double(21))
