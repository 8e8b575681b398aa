# A task that raises crashes its linked owner, which exits with the task's reason.
IO.puts("start")
t = Task.async(String, :to_integer, ["not a number"])
Task.await(t)
IO.puts("not reached")
