# the only expression is unary not, once more in a comment

not foo(bar)
