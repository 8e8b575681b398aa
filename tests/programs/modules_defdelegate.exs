# defdelegate forwards calls to another module, optionally renaming.
defmodule MyList do
  defdelegate reverse(list), to: Enum
  defdelegate size(list), to: Kernel, as: :length
  defdelegate first(list), to: List
end

IO.inspect(MyList.reverse([1, 2, 3]))
IO.inspect(MyList.size([1, 2, 3]))
IO.inspect(MyList.first([:a, :b]))
