# An operator expression is not a plain map entry.
value = %{left + right}
