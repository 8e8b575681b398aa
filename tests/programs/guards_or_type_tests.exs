defmodule G do
  def f(x) when is_integer(x) or is_float(x), do: {:num, x}
  def f(x) when is_atom(x) and x != nil or is_binary(x), do: {:ab, x}
  def f(x) when is_pid(x) and x != self(), do: :other_pid
  def f(x) when is_pid(x), do: :me
  def f(x) when is_list(x) or is_map(x) and map_size(x) > 1, do: :coll
  def f(x) when is_boolean(x) or is_tuple(x) and tuple_size(x) == 2, do: :bt
  def f(x) when is_function(x) or is_reference(x) or is_bitstring(x), do: :frb
  def f(_), do: :none
  def g(x, t) when is_pid(x) and ((is_integer(t) and t >= 0) or t == :infinity), do: :ok
  def g(_, _), do: :bad
end
for v <- [1, 2.5, :a, nil, "s", self(), spawn(fn -> :ok end), [], %{a: 1}, %{a: 1, b: 2}, true, {1, 2}, {1}, &G.f/1, make_ref(), <<1::3>>] do
  IO.inspect(G.f(v))
end
IO.inspect {G.g(self(), 5), G.g(self(), -1), G.g(self(), :infinity), G.g(1, 1), G.g(self(), 1.0)}
