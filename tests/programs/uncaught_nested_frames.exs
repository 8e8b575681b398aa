# An error several calls deep shows each of the user's frames.
defmodule Level1 do
  def go(x), do: Level2.go(x) + 1
end

defmodule Level2 do
  def go(x), do: Level3.go(x) * 2
end

defmodule Level3 do
  def go(x) when is_integer(x), do: x
  def go(x), do: raise(ArgumentError, "expected an integer, got: #{inspect(x)}")
end

IO.inspect(Level1.go(1))
IO.inspect(Level1.go("one"))
