defmodule Greeter do
  import IO
  import String, only: [upcase: 1]
  alias Shapes.Rect, as: R
  alias Shapes.Circle
  require Integer

  def hello(name) do
    puts(upcase("hello, #{name}"))
    R.area(1, 2) + Circle.area(2)
  end

  def parity(n) when Integer.is_even(n), do: :even
  def parity(_), do: :odd
end
