# Section 3.1.8: patterns can be chained and nested.
stamp = {_, {hour, _, _}} = {{2022, 8, 9}, {14, 5, 30}}
IO.inspect(hour)
IO.inspect(stamp)

# The same value bound to several names at once.
a = b = c = 1 + 1
IO.inspect({a, b, c})

# A pattern can also bind the whole thing inside a function head.
defmodule Orders do
  def describe({:order, id, items} = order) do
    "order #{id} with #{length(items)} items: #{inspect(order)}"
  end
end

IO.puts(Orders.describe({:order, 17, [:pen, :ink]}))
