try do
  Map.update!(%{a: 1}, :b, & &1)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
IO.inspect(Map.update!(%{a: 1}, :a, &(&1 + 1)))
defmodule M do
  def f(m), do: Map.fetch!(m, :zz)
  def g(m), do: String.to_atom(m)
end
try do
  M.f(%{a: 1})
rescue
  e -> IO.puts(Exception.message(e)); IO.inspect(Enum.take(__STACKTRACE__, 2))
end
M.g(1)
