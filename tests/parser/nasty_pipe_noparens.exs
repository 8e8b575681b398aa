a |> b c
a |> b c, d
foo bar |> baz
a |> b.c d
a|>b(c)
