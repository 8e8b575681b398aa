# After a dot, three quotes are not a heredoc: they read as the empty quoted name `""`
# followed by an ordinary string argument.
x = foo."""a"
y = foo.'''b'
