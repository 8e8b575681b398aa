# A function may be named like a special form when called with its module.
defmodule Importer do
  def import(lines) do
    lines
    |> Enum.map(&String.split(&1, ","))
    |> Enum.map(fn [k, v] -> {k, String.to_integer(v)} end)
    |> Map.new()
  end

  def alias(x), do: {:alias, x}
  def require(x), do: {:require, x}
end

IO.inspect(Importer.import(["a,1", "b,2"]))
IO.inspect(Importer.alias(:z))
IO.inspect(Importer.require(:q))
