# An uncaught raise at the top level ends the script with status 1.
IO.puts("before the error")
raise "something bad happened"
IO.puts("never printed")
