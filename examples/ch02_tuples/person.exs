# Section 2.4.3: tuples group a fixed number of values.
person = {"Maria", 41}
IO.inspect(person)

age = elem(person, 1)
IO.inspect(age)

# put_elem returns a new tuple; the original is unchanged.
older = put_elem(person, 1, 42)
IO.inspect(older)
IO.inspect(person)
IO.inspect(tuple_size(person))

{name, years} = older
IO.puts("#{name} is #{years}")
