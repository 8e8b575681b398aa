# Functions that take and return functions.
defmodule HO do
  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def filter(list, pred), do: for(x <- list, pred.(x), do: x)

  def fold([], acc, _f), do: acc
  def fold([h | t], acc, f), do: fold(t, f.(h, acc), f)

  def curry2(f), do: fn a -> fn b -> f.(a, b) end end

  def times(n, f), do: Enum.each(1..n, fn i -> f.(i) end)
end

IO.inspect(HO.map([1, 2, 3], &(&1 * 3)))
IO.inspect(HO.filter(1..10, &(rem(&1, 3) == 0)))
IO.inspect(HO.fold([1, 2, 3, 4], 0, &+/2))
IO.inspect(HO.fold(["a", "b", "c"], "", &(&2 <> &1)))
curried = HO.curry2(&Kernel.*/2)
IO.inspect(curried.(6).(7))
HO.times(3, &IO.puts("line #{&1}"))
IO.inspect(Enum.map([1, 2, 3], HO.curry2(&+/2).(100)))
counts = Enum.map(["aa", "b", "cccc"], &String.length/1)
IO.inspect(counts)
IO.inspect(Enum.filter([1, nil, 2, false, 3], & &1))
IO.inspect(Enum.sort_by(["bb", "a", "ccc"], &String.length/1, :desc))
