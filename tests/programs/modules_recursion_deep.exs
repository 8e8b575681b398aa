# A body-recursive sum over a million-element list needs a deep stack.
defmodule Deep do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def count_down(0), do: :done
  def count_down(n), do: {n, count_down(n - 1)} |> elem(1)
end

list = Enum.to_list(1..1_000_000)
IO.puts(Deep.sum(list))
built = Deep.build(1_000_000)
IO.puts(length(built))
IO.puts(hd(built))
IO.inspect(Deep.count_down(1_000_000))
map_deep = fn f, l -> case l do
    [] -> []
    [h | t] -> [h * 2 | f.(f, t)]
  end
end
IO.puts(map_deep.(map_deep, list) |> Enum.sum())
