# `::` followed by `:` does not make a keyword key; the tokens are `::` and `:`.
opts = [::: 1]
