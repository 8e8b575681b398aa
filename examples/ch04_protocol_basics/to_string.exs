# Section 4.3.1: a protocol is dispatched on the type of its first argument.
# String.Chars behind to_string/1 is the most common one.
IO.inspect(to_string(1))
IO.inspect(to_string(:an_atom))
IO.inspect(to_string("already a string"))
IO.inspect(to_string('charlist'))
IO.inspect(to_string(3.5))
IO.inspect(String.Chars.impl_for(1))
IO.inspect(String.Chars.impl_for({1, 2}))

try do
  to_string({1, 2})
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end

defprotocol Area do
  def of(shape)
end

defimpl Area, for: Tuple do
  def of({:square, a}), do: a * a
  def of({:rect, a, b}), do: a * b
end

defimpl Area, for: Integer do
  def of(side), do: side * side
end

IO.inspect(Area.of({:rect, 2, 3}))
IO.inspect(Area.of(4))
