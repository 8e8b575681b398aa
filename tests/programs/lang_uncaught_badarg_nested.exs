defmodule Conv do
  def to_atoms(list), do: Enum.map(list, &to_atom/1)
  defp to_atom(x) when is_binary(x), do: String.to_atom(x)
  defp to_atom(x), do: :erlang.binary_to_atom(x, :utf8)
end

IO.inspect(Conv.to_atoms(["a", "b"]))
Conv.to_atoms(["c", 42])
