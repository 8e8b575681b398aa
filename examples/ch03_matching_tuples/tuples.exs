# Section 3.1.2: tuple patterns take values apart.
{city, population, country} = {"Lyon", 522_000, "France"}
IO.puts("#{city}, #{country}: #{population}")

{date, time} = {{2024, 5, 1}, {9, 15, 0}}
{year, month, day} = date
{hour, minute, _second} = time
IO.puts("#{day}/#{month}/#{year} at #{hour}:#{minute}")

# Tuples of a different size do not match.
try do
  {_a, _b} = {1, 2, 3}
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
