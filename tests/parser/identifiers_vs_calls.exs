foo
foo()
foo.bar
foo.bar()
foo . bar
Foo . bar
foo
.bar
foo. bar
foo = 1
foo foo
