# A struct literal at the top level of the same file that defines it is a compile error,
# so nothing at all runs.
IO.puts("this is never printed because the file fails to compile")

defmodule Item do
  defstruct name: nil
end

IO.inspect(%Item{name: "x"})
