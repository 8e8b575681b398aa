:an_atom
:another_atom
:"an atom with spaces"
variable = :some_atom
AnAtom
AnAtom == :"Elixir.AnAtom"
:erlang == :"erlang"
true and false
false or true
not false
nil || false || 5 || true
true && 5
nil && 5
read_cached || read_from_disk || read_from_database
database_value = connection_established? && read_data
