# Section 3.2.3: lambdas can have several clauses with guards.
classify = fn
  x when is_integer(x) and x < 0 -> :negative
  0 -> :zero
  x when is_integer(x) -> :positive
  _ -> :not_an_integer
end

IO.inspect(Enum.map([-4, 0, 9, "x"], classify))

reply = fn
  {:ok, data} -> "got #{inspect(data)}"
  {:error, reason} -> "error: #{reason}"
end

IO.puts(reply.({:ok, [1, 2]}))
IO.puts(reply.({:error, "disk full"}))
