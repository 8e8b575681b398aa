# Section 3.4.3: Enum functions take lambdas and do the looping for us.
prices = [12, 7, 30, 4]
IO.inspect(Enum.map(prices, fn p -> p * 2 end))
IO.inspect(Enum.filter(prices, &(&1 > 10)))
IO.inspect(Enum.sum(prices))
IO.inspect(Enum.reduce(prices, 0, fn p, total -> p + total end))

# reduce with a multi-clause lambda that skips non-numbers.
mixed = [3, "skip", 4, :nope, 5]
IO.inspect(Enum.reduce(mixed, 0, fn
  n, acc when is_number(n) -> acc + n
  _, acc -> acc
end))

Enum.each(Enum.with_index(["a", "b"]), fn {x, i} -> IO.puts("#{i}: #{x}") end)
