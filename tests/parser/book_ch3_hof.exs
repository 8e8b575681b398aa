Enum.each(
  [1, 2, 3],
  fn x -> IO.puts(x) end
)
Enum.map(
  [1, 2, 3],
  fn x -> 2 * x end
)
Enum.map([1, 2, 3], &(2 * &1))
Enum.filter([1, 2, 3], fn x -> rem(x, 2) == 1 end)
Enum.filter([1, 2, 3], &(rem(&1, 2) == 1))
Enum.reduce([1, 2, 3], 0, fn element, sum -> sum + element end)
Enum.reduce([1, 2, 3], 0, &+/2)
Enum.reduce(
  [1, "not a number", 2, :x, 3],
  0,
  fn
    element, sum when is_number(element) ->
      sum + element

    _, sum ->
      sum
  end
)
defmodule NumHelper do
  def sum_nums(enumerable) do
    Enum.reduce(enumerable, 0, &add_num/2)
  end

  defp add_num(num, sum) when is_number(num), do: sum + num
  defp add_num(_, sum), do: sum
end
