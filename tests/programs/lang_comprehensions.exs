defmodule Comp do
  def pythagorean(n) do
    for a <- 1..n, b <- a..n, c <- b..n, a * a + b * b == c * c, do: {a, b, c}
  end

  def primes(n) do
    for x <- 2..n, Enum.all?(2..max(2, trunc(:math.sqrt(x))), &(&1 == x or rem(x, &1) != 0)), do: x
  end
end

IO.inspect(Comp.pythagorean(20))
IO.inspect(Comp.primes(50))
IO.inspect(for x <- [1, 2, 3], y <- [:a, :b], do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2, c: 3}, v > 1, into: %{}, do: {v, k})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}, :other], do: v * 10)
IO.inspect(for x <- [1, 2, 2, 3, 3, 3], uniq: true, do: x * 2)
IO.inspect(for x <- 1..10, reduce: 0 do
  acc when rem(x, 2) == 0 -> acc + x
  acc -> acc - 1
end)
IO.inspect(for x <- ~w(a b c), into: %{}, do: {x, String.upcase(x)})
IO.inspect(for c <- ~c"hello", into: "", do: <<c + 1>>)
IO.inspect(for x <- 1..3, into: [0], do: x)
IO.inspect(for <<a::4, b::4 <- <<0x12, 0x34>> >>, do: a + b)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(for x <- [1, nil, 2, false, 3], x, do: x)
IO.inspect(for x <- 1..4, y = x * x, y > 4, do: {x, y})
IO.inspect(for _ <- 1..3, do: :ok)
IO.inspect(for x <- [], do: x)
IO.inspect(for x <- 1..3, y <- 1..x, reduce: [] do
  acc -> [{x, y} | acc]
end)
IO.inspect(for {name, i} <- Enum.with_index([:a, :b]), into: %{}, uniq: true, do: {i, name})
m = for x <- 1..5, into: MapSet.new(), do: rem(x, 3)
IO.inspect(m)
IO.inspect(for line <- ["a=1", "b=2", "bad", "c=3"], [k, v] = String.split(line, "="), into: %{}, do: {k, String.to_integer(v)})
IO.inspect(for <<b <- <<1, 2, 3>> >>, into: <<>>, do: <<b * 2>>)
IO.inspect(for x <- [3, 1, 2], uniq: true, into: "", do: Integer.to_string(x))
IO.inspect(for i <- 1..3, j <- 1..3, i != j, reduce: %{} do
  acc -> Map.update(acc, i, [j], &[j | &1])
end)
matrix = [[1, 2, 3], [4, 5, 6]]
IO.inspect(for row <- matrix, do: for(x <- row, do: x * 10))
IO.inspect(for [a, b | _] <- matrix, do: a + b)
f = fn -> for x <- 1..3, do: fn -> x end end
IO.inspect(Enum.map(f.(), & &1.()))
IO.inspect(for x <- 1..3, into: IO.stream(:stdio, :line), do: "line #{x}\n")
IO.inspect(for x <- 1..3, do: x, into: %{})
