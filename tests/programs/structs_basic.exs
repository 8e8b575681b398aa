# Structs: defaults, field access, update syntax and inspect.
defmodule Fraction do
  defstruct a: nil, b: nil

  def new(a, b), do: %Fraction{a: a, b: b}
  def value(%Fraction{a: a, b: b}), do: a / b

  def add(%Fraction{a: a1, b: b1}, %Fraction{a: a2, b: b2}) do
    new(a1 * b2 + a2 * b1, b2 * b1)
  end
end

half = Fraction.new(1, 2)
IO.inspect(half)
IO.inspect(half.a)
IO.inspect(Fraction.value(half))
third = %{half | b: 3}
IO.inspect(third)
IO.inspect(Fraction.add(half, Fraction.new(1, 4)))
IO.inspect(Fraction.add(half, third) |> Fraction.value())
IO.inspect(struct(Fraction))
IO.inspect(struct(Fraction, a: 5, unknown: 1))
IO.inspect(is_map(half))
IO.inspect(half.__struct__)
IO.inspect(Map.keys(half))
IO.inspect(Map.from_struct(half))
IO.inspect(is_struct(half))
IO.inspect(is_struct(half, Fraction))
IO.inspect(is_struct(%{a: 1}))
IO.inspect(half == Fraction.new(1, 2))
IO.inspect(Map.put(half, :a, 9))
