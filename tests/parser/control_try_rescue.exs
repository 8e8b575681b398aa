try do
  risky()
rescue
  e -> e
end
try do
  risky()
rescue
  e in RuntimeError -> e.message
  e in [ArgumentError, KeyError] -> e
  ArithmeticError -> :arith
  _ -> :other
end
try do
  raise "boom"
rescue
  err ->
    IO.puts(Exception.message(err))
    reraise err, __STACKTRACE__
end
