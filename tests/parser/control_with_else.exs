with {:ok, a} <- f(),
     {:ok, b} <- g(a) do
  {a, b}
else
  {:error, reason} -> {:failed, reason}
  :error -> :failed
  other when is_atom(other) -> other
end
with {:ok, x} <- fetch(), do: x, else: (_ -> nil)
with {:ok, x} <- fetch(), do: x, else: (:error -> 1; _ -> 2)
