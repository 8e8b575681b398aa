cond do
  x < 0 -> :neg
  x > 0 -> :pos
  true -> :zero
end
cond do
  a && b ->
    :both
  a || b ->
    :one
  true ->
    :none
end
cond do true -> 1 end
