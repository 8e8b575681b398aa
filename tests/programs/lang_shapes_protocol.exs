defprotocol Shape do
  @doc "area of the shape"
  def area(shape)
  def perimeter(shape)
  @fallback_to_any true
  def name(shape)
end

defmodule Circle do
  defstruct r: 1.0
end

defmodule Rect do
  defstruct w: 1, h: 1
end

defmodule Triangle do
  defstruct [:a, :b, :c]
end

defimpl Shape, for: Circle do
  def area(%{r: r}), do: :math.pi() * r * r
  def perimeter(%{r: r}), do: 2 * :math.pi() * r
  def name(_), do: "circle"
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def perimeter(%Rect{w: w, h: h}), do: 2 * (w + h)
  def name(%Rect{w: s, h: s}), do: "square"
  def name(_), do: "rectangle"
end

defimpl Shape, for: Triangle do
  def area(%{a: a, b: b, c: c}) do
    s = (a + b + c) / 2
    :math.sqrt(s * (s - a) * (s - b) * (s - c))
  end

  def perimeter(t), do: t.a + t.b + t.c
  def name(t), do: Shape.Any.name(t)
end

defimpl Shape, for: Any do
  def area(_), do: 0
  def perimeter(_), do: 0
  def name(x), do: "unknown " <> inspect(x.__struct__)
end

defimpl String.Chars, for: Rect do
  def to_string(%Rect{w: w, h: h}), do: "#{w}x#{h}"
end

defimpl Inspect, for: Circle do
  import Inspect.Algebra

  def inspect(%Circle{r: r}, opts) do
    concat(["#Circle<r=", to_doc(r, opts), ">"])
  end
end

defmodule Main do
  def run do
    shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, %Rect{w: 5, h: 5}, %Triangle{a: 3, b: 4, c: 5}]

    for s <- shapes do
      IO.puts("#{Shape.name(s)}: area=#{Float.round(Shape.area(s) / 1, 3)} perimeter=#{Shape.perimeter(s)}")
    end

    IO.inspect(shapes)
    IO.puts("rect is #{%Rect{w: 2, h: 7}}")
    IO.inspect(Enum.max_by(shapes, &Shape.area/1))
    IO.inspect(Enum.sort_by(shapes, &Shape.perimeter/1, :desc) |> Enum.map(&Shape.name/1))
    IO.inspect(Shape.impl_for(%Rect{}))
    IO.inspect(Shape.impl_for(42))
    IO.inspect(Shape.__protocol__(:functions))
    IO.inspect(Shape.Rect.__impl__(:for))
    IO.inspect(Shape.Rect.__impl__(:protocol))

    try do
      Shape.area(42)
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    try do
      to_string(%Triangle{a: 1, b: 1, c: 1})
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect(%Circle{r: 1.5}, label: "circle")
    IO.inspect([c: %Circle{}], pretty: true)
    total = shapes |> Enum.map(&Shape.perimeter/1) |> Enum.sum()
    IO.puts("total perimeter #{total}")
  end
end

Main.run()
