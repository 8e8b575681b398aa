# `do:` right after an argument with no comma before it.
for(element <- list, into: [] do: transform(element))
