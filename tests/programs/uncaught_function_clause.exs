# No clause matches: FunctionClauseError reaches the top.
defmodule Temperature do
  def describe(c) when c < 10, do: "cold"
  def describe(c) when c >= 10 and c < 25, do: "mild"
end

IO.puts(Temperature.describe(5))
IO.puts(Temperature.describe(:hot))
