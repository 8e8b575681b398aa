# An Erlang stdlib function with no matching clause.
defmodule Util do
  def last_of(list), do: :lists.last(list)
end

IO.inspect(Util.last_of([1, 2, 3]))
IO.inspect(Util.last_of([]))
