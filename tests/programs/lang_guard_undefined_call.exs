defmodule Validator do
  def valid?(x) when is_integer(x) and x > 0, do: true
  def check(x) when positive(x), do: :ok
  def check(_), do: :error
end

IO.inspect(Validator.valid?(1))
