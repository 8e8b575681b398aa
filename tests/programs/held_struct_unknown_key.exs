# Building a struct with a key it lacks is a KeyError when the module is expanded.
defmodule Account do
  defstruct owner: nil, balance: 0
end
defmodule Bank do
  def open(owner), do: %Account{owner: owner, balence: 0}
end
IO.inspect Bank.open("ann")
