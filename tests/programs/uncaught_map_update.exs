defmodule Conf do
  def set(conf, key, v) do
    new = %{conf | key => v}
    {:ok, new}
  end
end
IO.inspect(Conf.set(%{a: 1}, :a, 2))
IO.inspect(Conf.set(%{a: 1}, :b, 2))
