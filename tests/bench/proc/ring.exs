# A ring of P processes passes a token around until it has made H hops in all.
# Usage: ring.exs [H] [P]; prints the result and the microseconds the work took.
defmodule Bench.Ring do
  def run(hops, size) do
    parent = self()
    # each process forwards to the next; the last one forwards to the first
    first = spawn(fn -> link_ring(size - 1, parent) end)
    send(first, {:first, first})

    receive do
      {:ring_ready, last} -> send(last, {:token, hops})
    end

    receive do
      {:finished, left} -> {hops - left, size}
    end
  end

  # builds the rest of the ring from this process: `left` more processes after it
  defp link_ring(left, parent) do
    receive do
      {:first, first} ->
        next =
          if left == 0 do
            send(parent, {:ring_ready, self()})
            first
          else
            pid = spawn(fn -> link_ring(left - 1, parent) end)
            send(pid, {:first, first})
            pid
          end

        forward(next, parent)
    end
  end

  defp forward(next, parent) do
    receive do
      {:token, 0} ->
        send(parent, {:finished, 0})

      {:token, n} ->
        send(next, {:token, n - 1})
        forward(next, parent)
    end
  end
end

[hops, size] =
  case System.argv() do
    [h, p | _] -> [String.to_integer(h), String.to_integer(p)]
    [h] -> [String.to_integer(h), 10_000]
    [] -> [1_000_000, 10_000]
  end

{us, {done, size}} = :timer.tc(fn -> Bench.Ring.run(hops, size) end)
IO.puts("result: #{done} hops around #{size}")
IO.puts("us: #{us}")
