# A quoted string followed directly by `:` and a digit: the colon is a stray token.
value = "a":1
