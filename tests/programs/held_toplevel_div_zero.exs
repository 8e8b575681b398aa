# Arithmetic on literals that fails at a script's top level names its operands.
IO.puts 10 / 4
IO.puts div(10, 4)
result = try do
  1 / 0
rescue
  e -> Exception.message(e)
end
IO.puts result
1 / 0
