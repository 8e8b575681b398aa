# Section 3.1.1: = matches the right side against the pattern on the left.
person = {"Lena", 29}
IO.inspect(person)

# The value of a match expression is the right-hand side.
result = (x = 7)
IO.inspect({x, result})

# A literal on the left must equal the value on the right.
7 = x
IO.puts("7 = x matched")
