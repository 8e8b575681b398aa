defmodule Roman do
  @numerals [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
             {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]
  def to_roman(0), do: ""
  def to_roman(n) when n > 0 do
    {value, letters} = Enum.find(@numerals, fn {v, _} -> v <= n end)
    letters <> to_roman(n - value)
  end
end
for n <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999], do: IO.puts("#{String.pad_leading(to_string(n), 4)} => #{Roman.to_roman(n)}")

defmodule Wc do
  def count(text) do
    text
    |> String.downcase()
    |> String.replace(~r/[^\w\s']/u, "")
    |> String.split()
    |> Enum.frequencies()
    |> Enum.sort_by(fn {w, c} -> {-c, w} end)
    |> Enum.take(5)
  end
end
IO.inspect Wc.count("The cat and the hat. The cat sat! And that's that; the end.")

defmodule Matrix do
  def transpose(rows), do: rows |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
  def mult(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: Enum.zip(row, col) |> Enum.map(fn {x, y} -> x * y end) |> Enum.sum())
  end
end
m = [[1, 2], [3, 4]]
IO.inspect Matrix.mult(m, m)
IO.inspect Matrix.transpose([[1, 2, 3], [4, 5, 6]])

defmodule Fizz do
  def buzz(n) do
    case {rem(n, 3), rem(n, 5)} do
      {0, 0} -> "FizzBuzz"
      {0, _} -> "Fizz"
      {_, 0} -> "Buzz"
      _ -> n
    end
  end
end
1..15 |> Enum.map(&Fizz.buzz/1) |> Enum.join(" ") |> IO.puts()

defmodule Primes do
  def sieve(n), do: do_sieve(Enum.to_list(2..n), [])
  defp do_sieve([], acc), do: Enum.reverse(acc)
  defp do_sieve([p | rest], acc), do: do_sieve(Enum.reject(rest, &(rem(&1, p) == 0)), [p | acc])
end
IO.inspect Primes.sieve(50)
IO.inspect Stream.iterate(2, &(&1 + 1)) |> Stream.filter(fn n -> Enum.all?(2..max(2, trunc(:math.sqrt(n))), &(n == &1 or rem(n, &1) != 0)) end) |> Enum.take(10)
