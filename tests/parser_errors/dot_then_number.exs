foo.1
