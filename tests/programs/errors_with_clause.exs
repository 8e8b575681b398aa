# WithClauseError is raised when no else clause matches.
defmodule Opaque do
  def id(x), do: x
end

try do
  with {:ok, x} <- Opaque.id({:error, :nope}) do
    x
  else
    :something_else -> :handled
  end
rescue
  e in WithClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect(e)
end

# Without else, the unmatched value is simply returned.
IO.inspect(with {:ok, x} <- Opaque.id({:error, :nope}), do: x)
