@foo
@foo 1
@foo(1)
@foo [1, 2]
@foo bar
@foo.bar
@foo[x]
@foo[x][y]
@foo.bar[x]
@foo + 1
-@foo
@foo |> f()
@ foo
@foo %{a: 1}
@foo bar: 1
