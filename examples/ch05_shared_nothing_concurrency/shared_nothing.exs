# Section 5.4.3: processes share no memory. A message is a value: whatever the
# receiver does with it, the sender's copy stays as it was, and the only way to
# change what a process holds is to ask it with a message.
defmodule Holder do
  def start(value), do: spawn(fn -> loop(value) end)

  def get(pid) do
    send(pid, {:get, self()})

    receive do
      {:value, v} -> v
    end
  end

  def update(pid, fun), do: send(pid, {:update, fun})

  defp loop(value) do
    receive do
      {:get, caller} ->
        send(caller, {:value, value})
        loop(value)

      {:update, fun} ->
        loop(fun.(value))
    end
  end
end

data = %{name: "vial", tags: [:fast]}
holder = Holder.start(data)

# the holder changes its own value; ours does not move
Holder.update(holder, &Map.put(&1, :tags, [:shared_nothing | &1.tags]))
IO.inspect(Holder.get(holder))
IO.inspect(data)

# a big value sent to many processes: each gets the same value
big = Enum.to_list(1..100_000)
parent = self()

for n <- 1..4 do
  spawn(fn ->
    receive do
      {:list, list} -> send(parent, {:sum, n, Enum.sum(list)})
    end
  end)
  |> send({:list, big})
end

sums =
  for _ <- 1..4 do
    receive do
      {:sum, n, s} -> {n, s}
    end
  end

IO.inspect(Enum.sort(sums))

# the process dictionary is per process too
Process.put(:who, :parent)
spawn(fn -> send(parent, {:child_dict, Process.get(:who)}) end)

receive do
  {:child_dict, v} -> IO.inspect(v, label: "the child's :who")
end

IO.inspect(Process.get(:who), label: "the parent's :who")
