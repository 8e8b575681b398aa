# args: 3 14 15 92 -6
# Numeric arguments parsed and summed.
numbers = Enum.map(System.argv(), &String.to_integer/1)
IO.inspect(numbers)
IO.puts("sum=#{Enum.sum(numbers)} max=#{Enum.max(numbers)} min=#{Enum.min(numbers)}")
IO.inspect(Enum.sort(numbers))
