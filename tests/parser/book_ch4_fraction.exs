defmodule Fraction do
  defstruct a: nil, b: nil

  def new(a, b) do
    %Fraction{a: a, b: b}
  end

  def value(%Fraction{a: a, b: b}) do
    a / b
  end

  def add(%Fraction{a: a1, b: b1}, %Fraction{a: a2, b: b2}) do
    new(
      a1 * b2 + a2 * b1,
      b2 * b1
    )
  end
end

one_half = %Fraction{a: 1, b: 2}
one_half.a
one_half.b
%Fraction{a: a, b: b} = one_half
%Fraction{} = one_half
one_quarter = %Fraction{one_half | b: 4}
Fraction.new(1, 2) |> Fraction.add(Fraction.new(1, 4)) |> Fraction.value()
one_half.__struct__
Map.to_list(one_half)
