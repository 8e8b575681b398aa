# A tail-recursive loop runs ten million times in constant space.
defmodule Loop do
  def run(0, acc), do: acc
  def run(n, acc), do: run(n - 1, acc + rem(n, 7))

  def ping(0), do: :pong_done
  def ping(n), do: pong(n - 1)
  defp pong(n), do: ping(n)

  def with_case(n, acc) do
    case n do
      0 -> acc
      _ -> with_case(n - 1, acc + 1)
    end
  end

  def with_if(n, acc) do
    if n == 0, do: acc, else: with_if(n - 1, acc + 2)
  end
end

IO.puts(Loop.run(10_000_000, 0))
IO.inspect(Loop.ping(10_000_001))
IO.puts(Loop.with_case(10_000_000, 0))
IO.puts(Loop.with_if(3_000_000, 0))
counter = fn
  _f, 0, acc -> acc
  f, n, acc -> f.(f, n - 1, acc + 1)
end
IO.puts(counter.(counter, 5_000_000, 0))
