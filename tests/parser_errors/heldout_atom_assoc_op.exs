# `:=>` is not an atom: it reads as the atom `:=` followed by `>`, an incomplete expression.
op = :=>
