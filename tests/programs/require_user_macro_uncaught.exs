# A user macro called from another module without `require`.
defmodule Guards do
  defmacro positive?(x), do: quote(do: unquote(x) > 0)
end

defmodule Account do
  def check(balance) do
    result = Guards.positive?(balance)
    {:checked, result}
  end
end

IO.inspect(Account.check(5))
