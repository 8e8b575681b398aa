fn
  0 -> :zero
  1 -> :one
  _ -> :many
end
fn
  {:ok, v} -> v
  {:error, e} -> raise e
end
fn 0 -> :z; _ -> :nz end
fn x, y when x > y -> x
   x, y -> y end
fn
  [] -> 0
  [_ | t] ->
    1 + length(t)
end
fn
  :a ->
    :first

  :b ->
    :second
end
