defprotocol List.Chars do
  @moduledoc """
  The protocol behind `Kernel.to_charlist/1` and charlist interpolation,
  implemented for atoms, strings, charlists and numbers.
  """

  @doc "Converts `term` to a charlist."
  @spec to_charlist(t) :: charlist
  def to_charlist(term)
end

defimpl List.Chars, for: Atom do
  def to_charlist(nil), do: []
  def to_charlist(atom), do: :erlang.atom_to_list(atom)
end

defimpl List.Chars, for: BitString do
  def to_charlist(term) when is_binary(term), do: String.to_charlist(term)

  def to_charlist(term) do
    raise Protocol.UndefinedError,
      protocol: @protocol,
      value: term,
      description: "cannot convert a bitstring to a charlist"
  end
end

defimpl List.Chars, for: List do
  def to_charlist(list), do: list
end

defimpl List.Chars, for: Integer do
  def to_charlist(term), do: :erlang.integer_to_list(term)
end

defimpl List.Chars, for: Float do
  def to_charlist(term), do: :erlang.float_to_list(term, [:short])
end
