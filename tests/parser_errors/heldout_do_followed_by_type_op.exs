# `do::` is the reserved word do followed by `::`.
defmacro required(var), do:: var
