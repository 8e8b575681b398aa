# cond picks the first truthy condition.
fizzbuzz = fn n ->
  cond do
    rem(n, 15) == 0 -> "FizzBuzz"
    rem(n, 3) == 0 -> "Fizz"
    rem(n, 5) == 0 -> "Buzz"
    true -> Integer.to_string(n)
  end
end

1..15 |> Enum.map(fizzbuzz) |> Enum.join(" ") |> IO.puts()

temp = fn t ->
  cond do
    t < 0 -> :freezing
    t < 15 -> :cold
    t < 25 -> :mild
    :otherwise -> :hot
  end
end

IO.inspect(Enum.map([-5, 10, 20, 30], temp))

lookup = %{a: nil, b: 0}
IO.inspect(
  cond do
    lookup[:a] -> :a_truthy
    lookup[:b] -> :b_truthy
    true -> :none
  end
)
