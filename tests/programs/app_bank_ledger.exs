# A ledger of accounts with validated transfers, using structs, with and errors.
defmodule Ledger do
  defstruct accounts: %{}, log: []

  defmodule Error do
    defexception [:reason]
    @impl true
    def message(%{reason: r}), do: "ledger error: #{inspect(r)}"
  end

  def new(balances), do: %Ledger{accounts: Map.new(balances)}

  def transfer(%Ledger{accounts: acc} = ledger, from, to, amount) do
    with {:ok, from_bal} <- fetch(acc, from),
         {:ok, to_bal} <- fetch(acc, to),
         :ok <- check_amount(amount),
         :ok <- check_funds(from_bal, amount) do
      accounts = %{acc | from => from_bal - amount, to => to_bal + amount}
      {:ok, %Ledger{ledger | accounts: accounts, log: [{from, to, amount} | ledger.log]}}
    end
  end

  def transfer!(ledger, from, to, amount) do
    case transfer(ledger, from, to, amount) do
      {:ok, l} -> l
      {:error, reason} -> raise Error, reason: reason
    end
  end

  defp fetch(acc, name) do
    case Map.fetch(acc, name) do
      {:ok, b} -> {:ok, b}
      :error -> {:error, {:no_account, name}}
    end
  end

  defp check_amount(a) when is_integer(a) and a > 0, do: :ok
  defp check_amount(a), do: {:error, {:bad_amount, a}}
  defp check_funds(bal, a) when bal >= a, do: :ok
  defp check_funds(bal, a), do: {:error, {:insufficient, a - bal}}
end

l = Ledger.new(alice: 100, bob: 20)
{:ok, l} = Ledger.transfer(l, :alice, :bob, 30)
IO.inspect(l.accounts)
IO.inspect(Ledger.transfer(l, :bob, :carol, 5))
IO.inspect(Ledger.transfer(l, :bob, :alice, -5))
IO.inspect(Ledger.transfer(l, :bob, :alice, 500))
l = l |> Ledger.transfer!(:bob, :alice, 50) |> Ledger.transfer!(:alice, :bob, 1)
IO.inspect(l)

try do
  Ledger.transfer!(l, :alice, :bob, 1000)
rescue
  e in Ledger.Error -> IO.puts(Exception.message(e))
end
