# Section 2.3.7: comments start with # and run to the end of the line.
# There are no block comments; several lines each start with #.
defmodule Temperature do
  # Converts Celsius to Fahrenheit.
  def to_fahrenheit(c), do: c * 9 / 5 + 32 # an end-of-line comment

  # A "#" inside a string is not a comment.
  def label, do: "# of degrees"
end

IO.inspect(Temperature.to_fahrenheit(100))
IO.puts(Temperature.label())
