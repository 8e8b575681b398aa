# The process dictionary belongs to one process.
Process.put(:where, :parent)
parent = self()

spawn(fn ->
  before = Process.get(:where)
  Process.put(:where, :child)
  Process.put(:only_child, true)
  send(parent, {:child_saw, before, Process.get(:where), Process.get()})
end)

receive do
  {:child_saw, before, now, all} ->
    IO.inspect(before, label: "child before put")
    IO.inspect(now, label: "child after put")
    IO.inspect(Enum.sort(all), label: "child dictionary")
end

IO.inspect(Process.get(:where), label: "parent")
IO.inspect(Process.get(:only_child), label: "parent only_child")
IO.inspect(Process.get(:missing, :default))
IO.inspect(Process.put(:where, :again), label: "put returns old")
IO.inspect(Process.delete(:where), label: "delete returns old")
IO.inspect(Process.delete(:where), label: "delete again")

# each process starts with an empty dictionary
Process.put(:a, 1)
Process.put(:b, 1)
Process.put(:c, 2)
IO.inspect(Enum.sort(Process.get_keys(1)))

pids =
  for n <- 1..5 do
    spawn(fn ->
      Process.put(:n, n)
      Process.put(:square, n * n)
      send(parent, {:dict, n, length(Process.get()), Process.get(:square)})
    end)
  end

_ = pids

for _ <- 1..5 do
  receive do
    {:dict, n, size, sq} -> {n, size, sq}
  end
end
|> Enum.sort()
|> IO.inspect()

# a counter kept in the dictionary of a server process
counter =
  spawn(fn ->
    Process.put(:count, 0)

    loop = fn loop ->
      receive do
        :inc ->
          Process.put(:count, Process.get(:count) + 1)
          loop.(loop)

        {:get, from} ->
          send(from, {:count, Process.get(:count)})
          loop.(loop)
      end
    end

    loop.(loop)
  end)

for _ <- 1..7, do: send(counter, :inc)
send(counter, {:get, self()})

receive do
  {:count, n} -> IO.inspect(n, label: "count")
end

{:dictionary, d} = Process.info(counter, :dictionary)
IO.inspect(d)
Process.exit(counter, :kill)
