# throw and catch for non-local returns.
result =
  try do
    Enum.each(1..10, fn x -> if x == 4, do: throw({:found, x}) end)
    :not_found
  catch
    {:found, x} -> {:found_at, x}
  end
IO.inspect(result)

IO.inspect(
  try do
    throw(:simple)
  catch
    :throw, value -> {:caught_throw, value}
  end
)

IO.inspect(
  try do
    throw(42)
  catch
    x when is_integer(x) -> x * 2
  end
)

defmodule Finder do
  def first_negative(list) do
    for x <- list, x < 0, do: throw(x)
    nil
  catch
    x -> x
  end
end

IO.inspect(Finder.first_negative([3, 1, -7, -2]))
IO.inspect(Finder.first_negative([3, 1]))
IO.inspect(catch_value = (try do throw(:v) catch v -> v end))
IO.inspect(catch_value == :v)
