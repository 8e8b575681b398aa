# System.halt/1 ends the program at once with the given status.
IO.puts("about to halt with status 3")
System.halt(3)
IO.puts("never printed")
