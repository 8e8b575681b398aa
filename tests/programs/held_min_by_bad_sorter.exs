# A one-argument sorter for min_by fails in the sorter's check.
words = ~w(pear fig banana)
IO.inspect Enum.min_by(words, &String.length/1)
IO.inspect Enum.max_by(words, &String.length/1, fn a, b -> a >= b end)
Enum.min_by(words, &String.length/1, fn a -> a end)
