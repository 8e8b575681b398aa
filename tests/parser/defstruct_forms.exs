defmodule Point do
  defstruct x: 0, y: 0
end
defmodule User do
  @enforce_keys [:name]
  defstruct [:name, age: 0, tags: []]
end
defmodule Empty do
  defstruct []
end
defmodule Fraction do
  defstruct a: nil, b: nil

  def new(a, b), do: %Fraction{a: a, b: b}

  def value(%Fraction{a: a, b: b}), do: a / b

  def add(%Fraction{a: a1, b: b1}, %Fraction{a: a2, b: b2}) do
    new(a1 * b2 + a2 * b1, b2 * b1)
  end
end
defstruct [:a, :b]
defstruct a: 1, b: 2
