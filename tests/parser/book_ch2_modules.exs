defmodule Calculator do
  def add(a, b) do
    a + b
  end

  def sub(a, b), do: a - b

  def zero?(0), do: true
  def zero?(x) when is_integer(x), do: false
end

defmodule Shapes.Rect do
  def area(w, h), do: w * h
end

defmodule Shapes do
  defmodule Circle do
    def area(r), do: r * r * 3.14
  end
end

Calculator.add(1, 2)
Shapes.Rect.area(3, 4)
Shapes.Circle.area(1)
