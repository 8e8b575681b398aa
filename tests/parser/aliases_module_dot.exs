__MODULE__.Foo
__MODULE__.Foo.Bar
foo.Bar
@attr.Foo
Foo.bar.Baz
