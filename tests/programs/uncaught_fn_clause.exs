# No clause of an anonymous function matches.
defmodule Shapes do
  def areas(shapes) do
    Enum.map(shapes, fn
      {:square, s} -> s * s
      {:rect, w, h} -> w * h
    end)
  end
end

IO.inspect(Shapes.areas([{:square, 2}, {:rect, 2, 3}]))
IO.inspect(Shapes.areas([{:square, 2}, {:circle, 1}]))
