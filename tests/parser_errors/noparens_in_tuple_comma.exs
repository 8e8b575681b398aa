{foo bar, baz}
