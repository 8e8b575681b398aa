# Process.info/1,2 on the items a program can see deterministically.
defmodule Info do
  def idle do
    receive do
      {:put, k, v} ->
        Process.put(k, v)
        idle()

      {:ask, from} ->
        send(from, :answer)
        idle()

      :stop ->
        :ok
    end
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

parent = self()
pid = spawn(&Info.idle/0)

# :message_queue_len counts what has not been received; selective receive leaves the rest
IO.inspect(Process.info(self(), :message_queue_len))
send(self(), :one)
send(self(), :two)
send(self(), :three)
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Process.info(self(), :messages))

receive do
  :two -> :ok
end

IO.inspect(Process.info(self(), :messages))

for _ <- 1..2 do
  receive do
    m -> m
  end
end

IO.inspect(Process.info(self(), :message_queue_len))

# the dictionary of another process
send(pid, {:put, :color, :blue})
send(pid, {:put, :size, 3})
send(pid, {:ask, self()})

receive do
  :answer -> :ok
end

{:dictionary, dict} = Process.info(pid, :dictionary)
IO.inspect(Enum.sort(dict))

# :registered_name
IO.inspect(Process.info(pid, :registered_name))
Process.register(pid, :info_target)
IO.inspect(Process.info(pid, :registered_name))

# :links and :monitors
IO.inspect(Process.info(pid, :links))
Process.link(pid)
IO.inspect(Process.info(pid, :links) == {:links, [parent]})
Process.unlink(pid)
ref = Process.monitor(pid)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect({:process, pid} in mons)
IO.inspect(Process.info(pid, :monitors))

# :trap_exit
IO.inspect(Process.info(pid, :trap_exit))

# a list of items gives a keyword list in the same order
IO.inspect(Process.info(pid, [:registered_name, :trap_exit, :message_queue_len]))

# :status of the running process
IO.inspect(Process.info(self(), :status))

# Process.info/1 is a keyword list that has these keys
info = Process.info(pid)
IO.inspect(Enum.all?([:status, :message_queue_len, :links, :dictionary, :trap_exit], &Keyword.has_key?(info, &1)))
IO.inspect(info[:registered_name])

# a dead process has no info
send(pid, :stop)
IO.inspect(Info.down(ref))
IO.inspect(Process.info(pid))
IO.inspect(Process.info(pid, :message_queue_len))
IO.inspect(Process.info(pid, [:status]))

# Process.list/0 holds the live processes
IO.inspect(self() in Process.list())
IO.inspect(pid in Process.list())

# node/0
IO.inspect(node())
