defmodule E do
  def f(a, b), do: :erlang.error(:badarg, [a, b])
end
E.f(1, "x")
