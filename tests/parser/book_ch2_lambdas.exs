square = fn x ->
  x * x
end
square.(5)
print_element = fn x -> IO.puts(x) end
Enum.each([1, 2, 3], print_element)
Enum.each(
  [1, 2, 3],
  fn x -> IO.puts(x) end
)
Enum.each([1, 2, 3], &IO.puts/1)
lambda = fn x, y, z -> x * y + z end
lambda = &(&1 * &2 + &3)
lambda.(2, 3, 4)
outside_var = 5
my_lambda = fn -> IO.puts(outside_var) end
outside_var = 6
my_lambda.()
