defmodule Lists do
  def add_all(lists, n), do: Enum.map(lists, &Enum.map(&1, &(&1 + n)))
end

IO.inspect(Lists.add_all([[1], [2]], 1))
