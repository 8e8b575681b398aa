# Section 2.5: arithmetic, comparison, boolean and other operators.
IO.inspect(1 + 2 * 3)
IO.inspect(1 == 1.0)
IO.inspect(1 === 1.0)
IO.inspect(1 != 2)
IO.inspect(3 >= 3)
IO.inspect(:abc < "abc")
IO.inspect(true and not false)
IO.inspect(nil || "default")
IO.inspect(false && raise("not evaluated"))
IO.inspect("con" <> "cat")
IO.inspect([1, 2] ++ [3])
IO.inspect([1, 2, 3] -- [2])
IO.inspect(2 in [1, 2, 3])

# Operators are functions in the Kernel module.
IO.inspect(Kernel.+(2, 3))
IO.inspect(Enum.reduce([1, 2, 3], &Kernel.*/2))
