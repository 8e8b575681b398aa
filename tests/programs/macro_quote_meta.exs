# Printing quoted forms whose metadata quote records: no_parens on x.y, sigil delimiters.
p = fn q -> IO.puts(Macro.to_string(q)) end
p.(quote(do: a =~ ~r/x/))
p.(quote(do: x.y))
p.(quote(do: x.y.z))
p.(quote(do: a.b.(c)))
p.(quote(do: ~w(a b c)))
p.(quote(do: ~w(a b c)a))
p.(quote(do: ~r/a+b/i))
p.(quote(do: ~S(no #{interp})))
p.(quote(do: ~D[2020-01-01]))
IO.puts(Macro.to_string(quote(do: a.b), fn _, s -> s end))
IO.inspect(quote(do: x.y))
IO.inspect(quote(do: ~r/x/))
