foo bar baz
foo bar, baz
foo bar baz, qux
foo bar(baz), qux
foo bar baz qux
foo bar(1), baz 2
foo(bar baz)
foo(bar baz, qux)
foo bar, baz qux
IO.puts String.upcase "x"
