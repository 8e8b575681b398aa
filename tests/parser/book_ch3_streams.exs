employees = ["Alice", "Bob", "John"]
Enum.with_index(employees)
|> Enum.each(fn {employee, index} ->
  IO.puts("#{index + 1}. #{employee}")
end)
stream = [1, 2, 3] |> Stream.map(fn x -> 2 * x end)
Enum.to_list(stream)
Enum.take(stream, 1)
employees
|> Stream.with_index()
|> Enum.each(fn {employee, index} ->
  IO.puts("#{index + 1}. #{employee}")
end)
[9, -1, "foo", 25, 49]
|> Stream.filter(&(is_number(&1) and &1 > 0))
|> Stream.map(&{&1, :math.sqrt(&1)})
|> Stream.with_index()
|> Enum.each(fn {{input, result}, index} ->
  IO.puts("#{index + 1}. sqrt(#{input}) = #{result}")
end)
def large_lines!(path) do
  File.stream!(path)
  |> Stream.map(&String.replace(&1, "\n", ""))
  |> Enum.filter(&(String.length(&1) > 80))
end
natural_numbers = Stream.iterate(1, fn previous -> previous + 1 end)
Stream.repeatedly(fn -> :rand.uniform(10) end) |> Enum.take(5)
