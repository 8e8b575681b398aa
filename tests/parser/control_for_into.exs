for x <- list, into: %{}, do: {x, x * 2}
for {k, v} <- map, into: %{}, do: {k, v + 1}
for x <- list, into: "", do: to_string(x)
for line <- IO.stream(:stdio, :line), into: IO.stream(:stdio, :line) do
  String.upcase(line)
end
for x <- xs, uniq: true, do: x
for x <- xs, into: MapSet.new(), uniq: true, do: x
for(x <- xs, into: [], do: x)
