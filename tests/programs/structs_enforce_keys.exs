# @enforce_keys requires fields when building a struct with struct!/2.
defmodule Account do
  @enforce_keys [:owner, :currency]
  defstruct [:owner, :currency, balance: 0]

  def open(owner, currency), do: %Account{owner: owner, currency: currency}
end

IO.inspect(Account.open("Ida", :eur))

try do
  struct!(Account, owner: "Ida")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  struct!(Account, owner: "Ida", currency: :usd, color: :red)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end

IO.inspect(struct(Account, owner: "No check"))
