defprotocol String.Chars do
  @moduledoc """
  The protocol behind `Kernel.to_string/1` and string interpolation.

  Implement it for data that has one obvious text form. It is implemented
  for atoms, strings, numbers, charlists and other lists of characters.
  """

  @doc "Converts `term` to a string."
  @spec to_string(t) :: String.t()
  def to_string(term)
end

defimpl String.Chars, for: Atom do
  def to_string(nil), do: ""
  def to_string(atom), do: :erlang.atom_to_binary(atom, :utf8)
end

defimpl String.Chars, for: BitString do
  def to_string(binary) when is_binary(binary), do: binary

  def to_string(bitstring) do
    raise Protocol.UndefinedError,
      protocol: @protocol,
      value: bitstring,
      description: "cannot convert a bitstring to a string"
  end
end

defimpl String.Chars, for: List do
  def to_string(charlist), do: List.to_string(charlist)
end

defimpl String.Chars, for: Integer do
  def to_string(integer), do: :erlang.integer_to_binary(integer)
end

defimpl String.Chars, for: Float do
  def to_string(float), do: :erlang.float_to_binary(float, [:short])
end
