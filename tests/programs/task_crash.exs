# A task that raises crashes its linked owner, which exits with the task's reason.
defmodule Boom do
  def go(x), do: raise(ArgumentError, "bad #{x}")
end

IO.puts("start")
t = Task.async(Boom, :go, [1])
Task.await(t)
IO.puts("not reached")
