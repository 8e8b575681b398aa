# CaseClauseError and CondClauseError.
defmodule Opaque do
  def id(x), do: x
end

try do
  case Opaque.id({:unexpected, 1}) do
    {:ok, _} -> :ok
  end
rescue
  e in CaseClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end

try do
  case Opaque.id(%{key: "value"}) do
    [] -> :empty
  end
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  cond do
    Opaque.id(false) -> :never
    Opaque.id(nil) -> :never
  end
rescue
  e in CondClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end
