# Task.async/await, yield, await_many, start, completed and the %Task{} struct.
t = Task.async(fn -> 1 + 1 end)
IO.inspect(t.__struct__)
IO.inspect(Map.keys(t))
IO.inspect(t.owner == self())
IO.inspect(is_pid(t.pid) and is_reference(t.ref))
IO.inspect(t.mfa)
IO.inspect(Task.await(t))

t = Task.async(Enum, :sum, [[1, 2, 3]])
IO.inspect(t.mfa)
IO.inspect(Task.await(t, :infinity))

# a timeout exits with the call that timed out
slow = Task.async(fn -> Process.sleep(1000) end)

try do
  Task.await(slow, 10)
catch
  :exit, {:timeout, {Task, :await, [task, 10]}} -> IO.inspect(task == slow, label: "timeout")
end

IO.inspect(Task.yield(slow, 10), label: "yield while running")
IO.inspect(Task.shutdown(slow), label: "shutdown while running")
IO.inspect(Process.alive?(slow.pid), label: "alive after shutdown")

done = Task.async(fn -> 5 end)
Process.sleep(50)
IO.inspect(Task.yield(done, 10), label: "yield done")

finished = Task.async(fn -> 7 end)
Process.sleep(50)
IO.inspect(Task.shutdown(finished), label: "shutdown finished")

killed = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(killed, :brutal_kill), label: "brutal_kill")

IO.inspect(Task.await_many([Task.async(fn -> 1 end), Task.async(fn -> Process.sleep(20); 2 end)]))

many = [Task.async(fn -> :quick end), Task.async(fn -> Process.sleep(1000) end)]

try do
  Task.await_many(many, 50)
catch
  :exit, {:timeout, {Task, :await_many, [tasks, 50]}} -> IO.inspect(tasks == many, label: "await_many timeout")
end

yields =
  Task.yield_many([Task.async(fn -> 3 end), Task.async(fn -> Process.sleep(500) end)], 100)

IO.inspect(Enum.map(yields, &elem(&1, 1)), label: "yield_many")

{:ok, pid} = Task.start(fn -> :ok end)
IO.inspect(is_pid(pid), label: "start")

parent = self()
{:ok, pid} = Task.start_link(fn -> send(parent, {:hello, self()}) end)

receive do
  {:hello, ^pid} -> IO.puts("start_link ran")
end

{:ok, _} = Task.start(IO, :puts, ["started with an mfa"])
Process.sleep(20)

IO.inspect(Task.await(Task.completed(:done)), label: "completed")

# awaiting from another process than the owner
t = Task.async(fn -> :mine end)

spawn(fn ->
  try do
    Task.await(t)
  rescue
    e in ArgumentError -> send(parent, {:not_owner, e.message =~ "must be queried from the owner"})
  end
end)

receive do
  {:not_owner, ok} -> IO.inspect(ok, label: "not owner")
end

IO.inspect(Task.await(t))

# exits and throws in a task, with exits trapped
Process.flag(:trap_exit, true)
# (each pause lets Logger write the task's report before the next line)
t = Task.async(:erlang, :exit, [:bye])
Process.sleep(50)
IO.inspect(Task.yield(t), label: "exit")

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT")
end

t = Task.async(fn -> exit(:normal) end)
IO.inspect(Task.yield(t), label: "normal exit")

t = Task.async(:erlang, :throw, [:ball])
Process.sleep(50)
{:exit, {reason, stack}} = Task.yield(t)
IO.inspect({reason, is_list(stack)}, label: "throw")

t = Task.async(:erlang, :exit, [:oops])
Process.sleep(50)

try do
  Task.await(t)
catch
  :exit, {:oops, {Task, :await, [^t, 5000]}} -> IO.puts("await exits with the task's reason")
end

IO.puts("end")
t = Task.async(fn -> Process.sleep(1000) end)
Task.await(t, 10)
