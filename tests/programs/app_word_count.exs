# A word counter: split, normalise, count and print the top words.
text = """
The cat sat on the mat. The dog sat on the log!
Did the cat see the dog? The dog did not see the cat.
"""

counts =
  text
  |> String.downcase()
  |> String.replace(~r/[^\w\s]/u, "")
  |> String.split()
  |> Enum.frequencies()

top =
  counts
  |> Enum.sort_by(fn {word, n} -> {-n, word} end)
  |> Enum.take(5)

for {word, n} <- top do
  IO.puts(String.pad_trailing(word, 6) <> String.duplicate("#", n) <> " #{n}")
end

IO.inspect(map_size(counts))
IO.inspect(counts |> Map.values() |> Enum.sum())
longest = counts |> Map.keys() |> Enum.max_by(&{String.length(&1), &1})
IO.inspect(longest)
