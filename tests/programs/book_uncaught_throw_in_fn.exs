defmodule Bank do
  def withdraw(balance, amount) do
    if amount > balance do
      throw({:insufficient, balance})
    end
    balance - amount
  end
end
IO.inspect(catch_result = try do Bank.withdraw(10, 20) catch x -> x end)
Bank.withdraw(10, 20)
