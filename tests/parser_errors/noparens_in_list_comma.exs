[foo bar, baz]
