# Calling a macro of a module that was not required: at run time, an
# UndefinedFunctionError that says so.
defmodule Check do
  def even?(n), do: Integer.is_even(n)
end

IO.inspect(Check.even?(4))
