foo 1
foo 1, 2
foo a, b, c
foo :atom
foo "string"
foo [1, 2]
foo {1, 2}
foo %{a: 1}
foo x.y
foo x[0]
foo -1
foo !x
foo not x
foo ^x
foo &bar/1
foo @attr
foo fn -> 1 end
foo ~s(sigil)
foo ?a
