# Section 2.7.1: a module name is an atom, and so is an Erlang module name.
IO.inspect(String == :"Elixir.String")
IO.inspect(:"Elixir.String".upcase("called through the atom"))

# Erlang modules are plain atoms.
IO.inspect(:math.sqrt(81))
IO.inspect(:lists.reverse([1, 2, 3]))

# A module can be chosen at run time and called dynamically.
mod = Enum
IO.inspect(mod.sum([1, 2, 3]))
IO.inspect(apply(String, :duplicate, ["ab", 3]))
IO.inspect(function_exported?(String, :upcase, 1))
IO.inspect(Code.ensure_loaded?(:lists))
