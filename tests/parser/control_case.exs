case x do
  1 -> :one
  2 -> :two
  _ -> :other
end
case {a, b} do
  {1, _} -> :first
  {_, 1} ->
    :second
  _ ->
    x = 1
    x + 1
end
case x do 1 -> :a; 2 -> :b end
case f(x) do
  {:ok, v} when v > 0 -> v
  {:ok, _} -> 0
  {:error, _} = err -> err
end
case x, do: (1 -> :a; _ -> :b)
case x do
  [] -> nil
  [h | t] -> {h, t}
  %{} -> :map
  "str" <> rest -> rest
  <<b, _::binary>> -> b
  ^y -> :pinned
end
