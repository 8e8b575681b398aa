# exit/1 with a string reason.
defmodule Check do
  def ensure(true), do: :ok
  def ensure(false), do: exit("precondition failed")
end

Check.ensure(true)
IO.puts("first check passed")
Check.ensure(false)
