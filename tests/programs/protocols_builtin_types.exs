# Implementing a protocol for the built-in types.
defprotocol Size do
  def size(data)
end

defimpl Size, for: BitString do
  def size(s), do: byte_size(s)
end

defimpl Size, for: Map do
  def size(m), do: map_size(m)
end

defimpl Size, for: Tuple do
  def size(t), do: tuple_size(t)
end

defimpl Size, for: List do
  def size(l), do: length(l)
end

defimpl Size, for: [Integer, Float] do
  def size(_), do: 1
end

defimpl Size, for: Atom do
  def size(nil), do: 0
  def size(a), do: a |> Atom.to_string() |> byte_size()
end

defimpl Size, for: Function do
  def size(f), do: Function.info(f)[:arity]
end

for v <- ["héllo", %{a: 1, b: 2}, {1, 2, 3}, [1, 2], 7, 2.5, nil, :abc, &Enum.map/2] do
  IO.puts("#{inspect(v)} has size #{Size.size(v)}")
end

IO.inspect(Size.impl_for("x"))
IO.inspect(Size.impl_for(1.0))
IO.inspect(Size.impl_for(self()) == nil)
