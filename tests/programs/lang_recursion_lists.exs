defmodule MyList do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def sum_tail(list, acc \\ 0)
  def sum_tail([], acc), do: acc
  def sum_tail([h | t], acc), do: sum_tail(t, acc + h)

  def reverse(list), do: do_reverse(list, [])
  defp do_reverse([], acc), do: acc
  defp do_reverse([h | t], acc), do: do_reverse(t, [h | acc])

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]

  def quicksort([]), do: []
  def quicksort([p | rest]) do
    {lo, hi} = Enum.split_with(rest, &(&1 < p))
    quicksort(lo) ++ [p] ++ quicksort(hi)
  end

  def range(a, a), do: [a]
  def range(a, b) when a < b, do: [a | range(a + 1, b)]
  def range(a, b), do: [a | range(a - 1, b)]

  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)

  def count_words(text) do
    text
    |> String.downcase()
    |> String.split(~r/[^a-z]+/, trim: true)
    |> Enum.frequencies()
    |> Enum.sort_by(fn {w, c} -> {-c, w} end)
  end
end

IO.inspect(MyList.sum([1, 2, 3, 4]))
IO.inspect(MyList.sum_tail(Enum.to_list(1..100_000)))
IO.inspect(MyList.reverse([1, 2, 3]))
IO.inspect(MyList.map([1, 2, 3], &(&1 * &1)))
IO.inspect(MyList.flatten([1, [2, [3, [4]], 5], [[6]]]))
IO.inspect(MyList.zip([1, 2, 3], [:a, :b]))
IO.inspect(MyList.quicksort([5, 3, 8, 1, 9, 2, 7]))
IO.inspect(MyList.range(5, 1))
IO.inspect(MyList.fact(30))
IO.inspect(MyList.fib(100))
IO.inspect(MyList.count_words("The cat and the hat. The END, and that's that!"))
[a, b | rest] = [1, 2, 3, 4]
IO.inspect({a, b, rest})
[head | _] = ~c"xyz"
IO.inspect(head)
IO.inspect([1, 2] ++ [3] -- [2])
IO.inspect(List.foldl([1, 2, 3], [], &[&1 | &2]))
IO.inspect(hd([:only]))
IO.inspect(length([1, [2, 3]]))
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect([1 | 2])
IO.inspect(:lists.seq(1, 10, 3))
IO.inspect(Enum.reduce(1..5, [], fn x, acc -> [x * x | acc] end) |> Enum.reverse())
IO.inspect(MyList.fact(-1))
