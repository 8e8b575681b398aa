# Section 2.4.9: functions are values: lambdas, captures and closures.
square = fn x -> x * x end
IO.inspect(square.(6))

Enum.each([1, 2, 3], fn x -> IO.puts("item #{x}") end)
Enum.each([4, 5], &IO.puts/1)

# The capture operator turns a named function or an expression into a lambda.
add = &(&1 + &2)
IO.inspect(add.(2, 3))
IO.inspect(Enum.map(["a", "b"], &String.upcase/1))

# Closures remember the variables they saw when they were made.
factor = 3
triple = fn x -> x * factor end
factor = 100
IO.inspect(triple.(5))
IO.inspect(factor)
