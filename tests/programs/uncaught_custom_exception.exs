# A custom exception with a message callback, uncaught.
defmodule InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(e), do: "needed #{e.needed} but only #{e.available} available"
end

defmodule Wallet do
  def pay(balance, amount) when amount <= balance, do: balance - amount
  def pay(balance, amount), do: raise(InsufficientFunds, needed: amount, available: balance)
end

IO.inspect(Wallet.pay(100, 30))
IO.inspect(Wallet.pay(10, 30))
