defmodule Atom do
  @moduledoc "Functions on atoms: their text as a string or a charlist."

  @doc "Converts `atom` to a string."
  @spec to_string(atom) :: String.t()
  def to_string(atom), do: :erlang.atom_to_binary(atom, :utf8)

  @doc "Converts `atom` to a charlist."
  @spec to_charlist(atom) :: charlist
  def to_charlist(atom), do: :erlang.atom_to_list(atom)

  @doc false
  @deprecated "Use Atom.to_charlist/1 instead"
  def to_char_list(atom), do: :erlang.atom_to_list(atom)
end
