# List.flatten on what is no list fails in :lists.flatten itself.
IO.inspect List.flatten([1, [2, [3, []], 4]])
IO.inspect List.flatten([[:a], :b], [:c])
IO.inspect(try do
  List.flatten([1 | 2])
rescue
  e -> Exception.message(e)
end)
defmodule Tree do
  def leaves(tree), do: List.flatten(tree)
end
IO.inspect Tree.leaves([[1], [2, [3]]])
Tree.leaves(:leaf)
