defmodule Caller do
  def call(f, x) do
    y = f.(x)
    {:ok, y}
  end
end
IO.inspect(Caller.call(&(&1 + 1), 1))
IO.inspect(Caller.call(:not_a_fun, 1))
