# Section 2.4.2: atoms are named constants; aliases and booleans are atoms too.
status = :ok
IO.inspect(status)
IO.inspect(:"an atom with spaces")
IO.inspect(is_atom(:ok))

# An alias is an atom with the Elixir. prefix.
IO.inspect(AnAlias == :"Elixir.AnAlias")

# true, false and nil are atoms.
IO.inspect(true == :true)
IO.inspect(is_atom(nil))

# Short-circuit operators work on any value: only nil and false are falsy.
IO.inspect(nil || :default_value)
IO.inspect(:first && :second)
IO.inspect(true and false)

cache_hit = nil
IO.inspect(cache_hit || :computed_from_scratch)
