Foo.Bar.baz.Qux.
