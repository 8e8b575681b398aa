defmodule Acct do
  def fetch(id) when id > 0, do: {:ok, %{id: id, balance: id * 10}}
  def fetch(_), do: {:error, :not_found}

  def withdraw(id, amount) do
    with {:ok, acct} <- fetch(id),
         true <- acct.balance >= amount do
      %{acct | balance: acct.balance - amount}
    else
      {:error, :not_found} -> :no_account
    end
  end
end

IO.inspect(Acct.withdraw(5, 20))
IO.inspect(Acct.withdraw(0, 20))
Acct.withdraw(1, 500)
