# Section 2.1: everything typed into the shell is an expression with a value.
# A script shows the values with IO.inspect where the shell would echo them.
IO.inspect(2 + 3)
IO.inspect(2 + 3 == 5)
IO.inspect(4 * 5 - 2)

# An expression may span several lines; it ends when it is complete.
total =
  1 +
    2 +
    3

IO.inspect(total)

# Several expressions on one line are separated by semicolons; the last one is the value.
IO.inspect((a = 10; b = 20; a + b))

# Calling functions from the standard library.
IO.inspect(String.length("interactive"))
IO.inspect(Enum.reverse([1, 2, 3]))
IO.inspect(div(17, 5))
IO.puts("IO.puts prints text and returns #{inspect(IO.puts("this line"))}")
