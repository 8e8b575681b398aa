# The file ends inside a module, on a comment line with no newline after it:
# Elixir reports the end of input at the column where that comment starts.
defmodule Unclosed do
  def f, do: 1
  # last words