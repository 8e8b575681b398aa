# Section 3.3.1: choosing what to do with function clauses instead of if/else.
defmodule Doc do
  def empty?([]), do: true
  def empty?([_ | _]), do: false

  def sum([]), do: 0
  def sum([head | tail]), do: head + sum(tail)

  def larger(a, b), do: pick(a >= b, a, b)
  defp pick(true, a, _), do: a
  defp pick(false, _, b), do: b

  def describe(%{type: :admin, name: name}), do: "#{name} (administrator)"
  def describe(%{name: name}), do: name
end

IO.inspect(Doc.empty?([]))
IO.inspect(Doc.empty?([1]))
IO.inspect(Doc.sum([1, 2, 3, 4]))
IO.inspect(Doc.larger(3, 8))
IO.puts(Doc.describe(%{type: :admin, name: "Root"}))
IO.puts(Doc.describe(%{type: :user, name: "Guest"}))
