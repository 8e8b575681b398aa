# `=>` is not an operator that can be written as a keyword key.
opts = [=>: 1]
