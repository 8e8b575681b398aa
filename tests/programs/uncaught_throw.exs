# An uncaught throw.
defmodule Search do
  def find(list, target) do
    Enum.each(list, fn x -> if x == target, do: throw({:found, x}) end)
    :none
  end
end

IO.inspect(Search.find([1, 2], 5))
Search.find([1, 2, 3], 2)
