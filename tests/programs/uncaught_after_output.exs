# Output written before a crash appears on stdout; after blocks still run.
IO.puts("line one")
IO.write("partial line without newline")

try do
  IO.puts("")
  IO.puts("in try")
  raise KeyError, key: :missing, term: %{present: 1}
after
  IO.puts("after block runs before the crash is reported")
end
