# String.jaro_distance, bag_distance, myers_difference over word pairs; List.myers_difference; compiled patterns.
# String.jaro_distance, bag_distance and myers_difference over word pairs; List.myers_difference.
words = ["", "a", "ab", "abc", "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx", "jellyfish", "smellyfish", "aaaa", "aaab", "héllo", "hello", "👍🏽x", "x👍🏽", "abcabc", "cbacba"]
for a <- words, b <- words do
  IO.puts("#{inspect(a)} #{inspect(b)} #{String.jaro_distance(a, b)} #{String.bag_distance(a, b)} #{inspect(String.myers_difference(a, b))}")
end
lists = [[], [1], [1, 2, 3], [3, 2, 1], [1, 1, 2, 2], [2, 1, 2, 1], [1, 2, 3, 4, 5, 6], [1, 3, 5, 2, 4, 6]]
for a <- lists, b <- lists do
  IO.puts("#{inspect(a)} #{inspect(b)} #{inspect(List.myers_difference(a, b))}")
end
IO.inspect(String.contains?("hello", :binary.compile_pattern(["ll", "x"])))
IO.inspect(String.split("a,b;c", :binary.compile_pattern([",", ";"])))
IO.inspect(String.replace("a,b;c", :binary.compile_pattern([",", ";"]), "-"))
IO.inspect(String.split("a1b22c333", ~r/\d+/, parts: 2))
IO.inspect(String.split("a1b22c333", ~r/\d+/, trim: true))
IO.inspect(String.split("a1b22c333", ~r/(\d+)/, include_captures: true))
IO.inspect(String.splitter("a  b c", " ", trim: true) |> Enum.to_list())
IO.inspect(String.splitter("abc", "") |> Enum.to_list())
IO.inspect(String.splitter("a,b;c", [",", ";"]) |> Enum.take(2))
IO.inspect(String.replace("Hello World", ~r/(?<first>\w)(\w*)/, "\\2\\1ay"))
IO.inspect(String.replace("abc", ~r/b/, fn m -> String.upcase(m) end))
IO.inspect(String.replace("aaa", ~r/a/, "b", global: false))
IO.inspect(String.match?("abc", ~r/^a/))
IO.inspect(String.starts_with?("hello", :binary.compile_pattern("he")))
IO.inspect(String.to_charlist("héllo"))
IO.inspect(String.chunk(<<"abc", 0xFF, "def">>, :valid))
IO.inspect(String.chunk("abc\x01def", :printable))
