r = 1..10//2
IO.inspect {r.first, r.last, r.step}
IO.inspect Range.size(r)
IO.inspect Enum.to_list(r)
IO.inspect 5 in r
IO.inspect 4 in r
IO.inspect Range.new(10, 1)
IO.inspect Range.new(10, 1) |> Enum.to_list()
IO.inspect Range.disjoint?(1..5, 6..10)
IO.inspect Range.shift(1..3, 2) |> then(fn _ -> :no_shift_114 end)
IO.inspect Enum.reverse(1..4)
IO.inspect Enum.count(1..0)
IO.inspect Enum.count(1..0//1)
IO.inspect 1..3 |> Enum.map(&(&1 * &1))
IO.inspect Enum.slice(0..100, 10..15)
IO.inspect Enum.member?(1..10//3, 7)
IO.inspect Enum.take(1..1_000_000_000, 3)
IO.inspect Enum.random(5..5)
IO.inspect Enum.sum(-5..5)
IO.inspect inspect(1..2)
IO.inspect "#{1..5}" |> then(fn _ -> :interp_error_expected end)
x = 3
IO.inspect (case x do
  n when n in 1..5 -> :low
  _ -> :high
end)
IO.inspect for i <- 10..1//-3, do: i
IO.inspect Enum.zip(1..3, ?a..?c)
IO.inspect Enum.chunk_every(1..7, 2) |> length()
IO.inspect first..last = 4..9
IO.inspect {first, last}
IO.inspect Range.new(1, 10, 3) == 1..10//3
IO.inspect match?(_.._, 1..2)
IO.inspect Enum.map(-1..-3, & &1)
IO.inspect Enum.at(1..10//2, 2)
IO.inspect Enum.find(1..100, &(rem(&1, 17) == 0))
IO.inspect Stream.map(1..3, & &1) |> Enum.into([])
