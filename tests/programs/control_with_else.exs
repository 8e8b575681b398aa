# with ... else handles the value that did not match.
defmodule Account do
  def withdraw(balances, name, amount) do
    with {:ok, balance} <- fetch(balances, name),
         :ok <- check(balance, amount) do
      {:ok, Map.put(balances, name, balance - amount)}
    else
      :error -> {:error, "no account #{name}"}
      {:insufficient, short} -> {:error, "short by #{short}"}
    end
  end

  defp fetch(balances, name), do: Map.fetch(balances, name)
  defp check(balance, amount) when balance >= amount, do: :ok
  defp check(balance, amount), do: {:insufficient, amount - balance}
end

balances = %{"ann" => 100}
IO.inspect(Account.withdraw(balances, "ann", 30))
IO.inspect(Account.withdraw(balances, "bob", 30))
IO.inspect(Account.withdraw(balances, "ann", 130))

classify = fn input ->
  with n when is_integer(n) <- input,
       true <- n > 0 do
    :positive_integer
  else
    false -> :not_positive
    other when is_binary(other) -> {:string, other}
    _ -> :unknown
  end
end

IO.inspect(Enum.map([5, -5, "s", 1.0], classify))
