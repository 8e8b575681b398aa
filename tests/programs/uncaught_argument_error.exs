# A conversion with bad input raises ArgumentError.
input = ["12", "7", "x3"]
total = input |> Enum.map(&String.to_integer/1) |> Enum.sum()
IO.puts(total)
