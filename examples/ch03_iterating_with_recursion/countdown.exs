# Section 3.4.1: loops are written as recursive functions.
defmodule Countdown do
  def print(0), do: IO.puts("go!")

  def print(n) when n > 0 do
    IO.puts(n)
    print(n - 1)
  end
end

defmodule ListSum do
  def sum([]), do: 0
  def sum([head | tail]), do: head + sum(tail)
end

Countdown.print(3)
IO.inspect(ListSum.sum([5, 10, 15]))
IO.inspect(ListSum.sum(Enum.to_list(1..1000)))
