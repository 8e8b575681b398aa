# exit signals can be caught with the :exit kind; catch kinds in general.
IO.inspect(
  try do
    exit(:shutdown)
  catch
    :exit, reason -> {:exit_caught, reason}
  end
)

IO.inspect(
  try do
    exit({:bad, 1})
  catch
    :exit, {:bad, n} -> n
  end
)

kinds = fn f ->
  try do
    f.()
  catch
    kind, value -> {kind, value}
  end
end

IO.inspect(kinds.(fn -> throw(:t) end))
IO.inspect(kinds.(fn -> exit(:e) end))
IO.inspect(kinds.(fn -> :erlang.error(:custom_reason) end))
IO.inspect(kinds.(fn -> raise "as error" end))
atom = Enum.at([:a], 0)
IO.inspect(kinds.(fn -> 1 + atom end) |> elem(0))
IO.inspect(kinds.(fn -> :ok end))
