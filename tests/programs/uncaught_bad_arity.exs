defmodule Caller do
  def call(f, x) do
    y = f.(x)
    {:ok, y}
  end
end
IO.inspect(Caller.call(fn a, b -> a + b end, 1))
