list
|> Enum.map(fn x ->
  x * 2
end)
|> Enum.filter(fn
  x when x > 2 -> true
  _ -> false
end)
x
|> case do
  1 -> :one
  _ -> :other
end
x |> if(do: :yes, else: :no)
value
|> then(fn v ->
  v + 1
end)
|> (fn v -> v * 2 end).()
