# :erlang.system_info(:process_count) moves with spawns and exits; Process.list agrees.
defmodule Count do
  def now, do: :erlang.system_info(:process_count)

  def wait_all(refs) do
    for ref <- refs do
      receive do
        {:DOWN, ^ref, :process, _, _} -> :ok
      end
    end

    :ok
  end
end

before = Count.now()
IO.inspect(is_integer(before) and before > 0)
IO.inspect(length(Process.list()) == before)

parent = self()

pids =
  for _ <- 1..100 do
    spawn(fn ->
      receive do
        :go -> send(parent, :done)
      end
    end)
  end

IO.inspect(Count.now() - before, label: "after 100 spawns")
refs = Enum.map(pids, &Process.monitor/1)
Enum.each(pids, &send(&1, :go))

for _ <- pids do
  receive do
    :done -> :ok
  end
end

Count.wait_all(refs)
IO.inspect(Count.now() - before, label: "after they finish")

# killed ones go too
pids = for _ <- 1..10, do: spawn(fn -> receive do: (:never -> :ok) end)
IO.inspect(Count.now() - before, label: "10 waiting")
refs = Enum.map(pids, &Process.monitor/1)
Enum.each(Enum.take(pids, 4), &Process.exit(&1, :kill))
Count.wait_all(Enum.take(refs, 4))
IO.inspect(Count.now() - before, label: "4 killed")
Enum.each(pids, &Process.exit(&1, :kill))
Count.wait_all(Enum.drop(refs, 4))
IO.inspect(Count.now() - before, label: "all killed")

# many processes at once
n = 10_000
pids = for _ <- 1..n, do: spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect(Count.now() - before, label: "#{n} waiting")
refs = Enum.map(pids, &Process.monitor/1)
Enum.each(pids, &send(&1, :stop))
Count.wait_all(refs)
IO.inspect(Count.now() - before, label: "stopped")

IO.inspect(:erlang.system_info(:process_limit) >= 32768)
IO.inspect(:erlang.system_info(:schedulers) >= 1)
IO.inspect(:erlang.system_info(:schedulers_online) >= 1)
mem = :erlang.memory()
IO.inspect(Enum.all?([:total, :processes], &is_integer(mem[&1])))
IO.inspect(is_integer(:erlang.memory(:total)))
