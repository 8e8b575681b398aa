defmodule M do
  def a(x), do: Map.put(x, :k, 1) |> Map.put(:j, 2)
  def b(x), do: Map.delete(x, :k)
  def c(x), do: Map.has_key?(x, :k)
  def d(x), do: Map.fetch(x, :k)
  def e(x), do: Map.get(x, :k)
  def f(x), do: Map.fetch!(x, :k)
  def g(x), do: String.to_atom(x)
  def h(x), do: String.to_existing_atom(x)
  def i(x), do: Tuple.insert_at(x, 0, 1)
  def j(x), do: Tuple.delete_at(x, 0)
  def k(x), do: Tuple.duplicate(1, x)
  def l(x), do: Map.merge(x, %{a: 1}) |> Map.put(:b, 1)
  def m(x), do: Map.replace!(x, :k, 1)
  def n(x), do: Map.update!(x, :k, & &1)
  def o(x), do: Map.take(x, [:k])
  def p(x), do: Map.drop(x, [:k])
  def q(x), do: Map.values(x)
  def r(x), do: Map.from_struct(x)
  def s(x), do: Keyword.get(x, :k)
  def t(x), do: List.first(x)
  def u(x), do: Enum.count(x)
  def v(x), do: Integer.to_string(x, 2)
  def w(x), do: String.to_charlist(x)
  def y(x), do: Kernel.map_size(x)
  def z(x), do: Map.equal?(x, x)
end
for f <- ~w(b c d e f g h i j k m n o p q r s t u v w y z)a do
  try do
    apply(M, f, [:bad])
  rescue
    e -> IO.inspect({f, e.__struct__, Enum.map(__STACKTRACE__, fn {m, f, a, _} -> {m, f, if(is_list(a), do: a, else: a)} end) |> Enum.take(1)})
  end
end
