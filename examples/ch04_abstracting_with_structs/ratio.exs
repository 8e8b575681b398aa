# Section 4.1.4: a struct gives the data a fixed shape and a name to match on.
defmodule Ratio do
  defstruct num: 0, den: 1

  def new(num, den), do: normalize(%Ratio{num: num, den: den})

  def add(%Ratio{num: a, den: b}, %Ratio{num: c, den: d}), do: new(a * d + c * b, b * d)
  def mult(%Ratio{num: a, den: b}, %Ratio{num: c, den: d}), do: new(a * c, b * d)
  def to_float(%Ratio{num: n, den: d}), do: n / d

  defp normalize(%Ratio{num: n, den: d}) do
    g = Integer.gcd(n, d)
    %Ratio{num: div(n, g), den: div(d, g)}
  end
end

half = Ratio.new(1, 2)
third = Ratio.new(1, 3)
IO.inspect(half)
IO.inspect(Ratio.add(half, third))
IO.inspect(Ratio.mult(half, Ratio.new(4, 6)))
IO.inspect(Ratio.to_float(Ratio.add(half, third)))
IO.inspect(half.den)
IO.inspect(%{half | num: 3})

# A struct is a map, but a plain map is not the struct.
IO.inspect(is_map(half))
try do
  Ratio.to_float(%{num: 1, den: 2})
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
