# Two processes exchange N round trips of messages.
# Usage: pingpong.exs [N]; prints the result and the microseconds the work took.
defmodule Bench.PingPong do
  def run(n) do
    ponger = spawn(&pong/0)
    ping(ponger, n, 0)
  end

  defp ping(ponger, 0, count) do
    send(ponger, :stop)
    count
  end

  defp ping(ponger, n, count) do
    send(ponger, {:ping, self()})

    receive do
      :pong -> ping(ponger, n - 1, count + 1)
    end
  end

  defp pong do
    receive do
      {:ping, from} ->
        send(from, :pong)
        pong()

      :stop ->
        :ok
    end
  end
end

n = String.to_integer(List.first(System.argv()) || "1000000")
{us, result} = :timer.tc(fn -> Bench.PingPong.run(n) end)
IO.puts("result: #{result}")
IO.puts("us: #{us}")
