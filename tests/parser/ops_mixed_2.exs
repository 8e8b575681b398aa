x > 0 and y < 10 or z == nil
not is_nil(x) and x > 0
a && b || !c && d
a || b && c || d
total = price * qty + tax - discount / 2
list = [h | t] ++ rest -- removed
{a, b} = {b, a}
[x | _] = xs ++ ys
map = %{map | count: map.count + 1}
name <> " " <> surname |> String.trim()
x = if a, do: b, else: c || d
value = opts[:key] || Map.get(defaults, :key, 0) + 1
