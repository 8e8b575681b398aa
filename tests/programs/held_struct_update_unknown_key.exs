# Updating a struct with a key it lacks is a CompileError.
defmodule Account do
  defstruct owner: nil, balance: 0
end
defmodule Bank do
  def deposit(%Account{} = acc, amount), do: %Account{acc | balence: acc.balance + amount}
end
IO.inspect Bank.deposit(%Account{owner: "ann"}, 10)
