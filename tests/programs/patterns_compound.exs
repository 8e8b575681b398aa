# Compound matches: a pattern on both sides of =, and chained matches.
date_time = {_, {hour, _, _}} = {{2019, 12, 25}, {8, 0, 15}}
IO.inspect({date_time, hour})

defmodule Req do
  def handle(%{path: path} = req), do: {path, map_size(req)}
  def head([first | _] = all), do: {first, length(all)}
  def both({a, _} = {_, b}), do: {a, b}
end

IO.inspect(Req.handle(%{path: "/", verb: :get}))
IO.inspect(Req.head([3, 4, 5]))
IO.inspect(Req.both({1, 2}))

a = b = c = :same
IO.inspect([a, b, c])
{x, y} = pair = {10, 20}
IO.inspect({x, y, pair})
%{list: [h | _] = l} = %{list: [7, 8]}
IO.inspect({h, l})
[_ | [second | _]] = [1, 2, 3]
IO.inspect(second)
<<first_byte, _::binary>> = whole = "zebra"
IO.inspect({first_byte, whole})
