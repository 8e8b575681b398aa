# Atom and List.Chars conversions, Kernel.to_charlist.
IO.inspect(Atom.to_string(:hello))
IO.inspect(Atom.to_string(Foo.Bar))
IO.inspect(Atom.to_string(:"with space"))
IO.inspect(Atom.to_charlist(:abc))
IO.inspect(Atom.to_charlist(:"日本"))
IO.inspect(to_charlist("héllo"))
IO.inspect(to_charlist(:atom))
IO.inspect(to_charlist(42))
IO.inspect(to_charlist(-7))
IO.inspect(to_charlist(1.5))
IO.inspect(to_charlist(~c"already"))
IO.inspect(to_charlist([?a, ?b]))
IO.inspect(to_charlist(nil))
IO.inspect(List.Chars.to_charlist(true))
IO.inspect(List.Chars.to_charlist(1.0e10))
x = 5
IO.inspect(~c"x is #{x}")
try do
  to_charlist(%{})
rescue
  e in Protocol.UndefinedError -> IO.inspect(e.protocol)
end
