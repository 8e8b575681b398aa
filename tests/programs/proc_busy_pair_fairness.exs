# Two processes that message each other without end do not keep others
# from running, on any number of schedulers.
defmodule Pair do
  def bounce(n) do
    receive do
      {:ball, other} ->
        send(other, {:ball, self()})
        bounce(n + 1)
    end
  end
end

a = spawn(fn -> Pair.bounce(0) end)
b = spawn(fn -> Pair.bounce(0) end)
send(a, {:ball, b})

parent = self()

for i <- 1..3 do
  spawn(fn -> send(parent, {:done, i, Enum.sum(1..(i * 1000))}) end)
end

results =
  for _ <- 1..3 do
    receive do
      {:done, i, sum} -> {i, sum}
    end
  end

IO.inspect(Enum.sort(results))
IO.inspect(Process.alive?(a) and Process.alive?(b))
Process.exit(a, :kill)
Process.exit(b, :kill)
IO.puts("done")
