# A quoted string followed directly by `:` and a name is not a quoted keyword: the `:name`
# is an atom, so the error is before that atom.
opts = ["a":b]
