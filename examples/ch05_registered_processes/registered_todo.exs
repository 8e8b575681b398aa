# Section 5.3.5: a process registered under a local name can be reached without its
# pid: the interface functions send to the name, so callers need not pass a pid.
defmodule Todo do
  def start do
    pid = spawn(fn -> loop([]) end)
    Process.register(pid, :todo_server)
    pid
  end

  def add(title), do: send(:todo_server, {:add, title})

  def all do
    send(:todo_server, {:all, self()})

    receive do
      {:todo_items, items} -> items
    end
  end

  defp loop(items) do
    receive do
      {:add, title} ->
        loop([title | items])

      {:all, caller} ->
        send(caller, {:todo_items, Enum.reverse(items)})
        loop(items)
    end
  end
end

pid = Todo.start()
IO.puts("registered under :todo_server: #{Process.whereis(:todo_server) == pid}")
Todo.add("buy milk")
Todo.add("call mom")
IO.inspect(Todo.all())

# any process can use the name
parent = self()
spawn(fn -> Todo.add("added by another process"); send(parent, :added) end)

receive do
  :added -> :ok
end

IO.inspect(Todo.all())

# a name can be held by one process only
try do
  Process.register(spawn(fn -> :ok end), :todo_server)
rescue
  e in ArgumentError -> IO.puts("second registration: ArgumentError (#{String.contains?(e.message, "already")})")
end

# sending to a name nobody holds raises
try do
  send(:no_such_server, :hello)
rescue
  ArgumentError -> IO.puts("sending to an unknown name raises ArgumentError")
end
