case x do
  n when is_integer(n) and n > 0 -> :pos
  n when is_integer(n) when is_float(n) -> :num
  s when is_binary(s) or is_list(s) -> :text
  a when a in [:x, :y] -> :xy
  a when a not in [:z] -> :notz
  _ -> :other
end
