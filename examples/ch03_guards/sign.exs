# Section 3.2.2: guards refine patterns with extra conditions.
defmodule Sign do
  def of(x) when is_number(x) and x < 0, do: :negative
  def of(0), do: :zero
  def of(x) when is_number(x) and x > 0, do: :positive
end

IO.inspect(Sign.of(-3))
IO.inspect(Sign.of(0))
IO.inspect(Sign.of(2.5))

try do
  Sign.of(:not_a_number)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

defmodule ListInfo do
  def smallest(list) when is_list(list) and length(list) > 0, do: Enum.min(list)
  def smallest(_), do: nil
end

IO.inspect(ListInfo.smallest([5, 2, 8]))
IO.inspect(ListInfo.smallest([]))
