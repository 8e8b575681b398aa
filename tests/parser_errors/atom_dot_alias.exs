:erlang.Foo
