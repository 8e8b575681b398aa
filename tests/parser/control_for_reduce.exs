for x <- list, reduce: 0 do
  acc -> acc + x
end
for x <- list, reduce: %{} do
  acc when is_map(acc) -> Map.put(acc, x, true)
end
for {k, v} <- pairs, v > 0, reduce: [] do
  acc ->
    [k | acc]
end
for x <- xs, reduce: {0, 0} do
  {sum, count} -> {sum + x, count + 1}
end
