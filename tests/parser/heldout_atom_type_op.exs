# `:::` is the atom for the type operator `::`.
op = :::
[:::, :"::"]
