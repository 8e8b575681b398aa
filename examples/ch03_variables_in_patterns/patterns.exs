# Section 3.1.4: _ ignores values, a variable used twice must match the same value,
# and ^ pins an existing variable instead of rebinding it.
{_, {hour, _, _}} = {{2020, 1, 1}, {23, 59, 0}}
IO.inspect(hour)

{same, same, other} = {4, 4, 5}
IO.inspect({same, other})

try do
  {a, a} = {1, 2}
  IO.inspect(a)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

expected = "Sam"
{^expected, score} = {"Sam", 98}
IO.inspect(score)

try do
  {^expected, _} = {"Kim", 77}
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
