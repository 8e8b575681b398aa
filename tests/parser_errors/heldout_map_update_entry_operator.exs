# Inside a map update, an operator expression is not an entry either.
value = %{map | key :: type}
