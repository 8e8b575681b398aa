defmodule Finder do
  def find(list, target) do
    Enum.each(list, fn x -> if x == target, do: throw({:found, x}) end)
    :not_found
  end
end

IO.inspect(catch_throw_like = try do Finder.find([1, 2, 3], 2) catch v -> v end)
_ = catch_throw_like
throw({:unhandled, %{reason: "nobody catches this", items: Enum.to_list(1..3)}})
