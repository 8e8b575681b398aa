# Enumerable for a user struct makes every Enum function work on it.
defmodule Countdown do
  defstruct from: 0
  def new(n), do: %Countdown{from: n}
end

defimpl Enumerable, for: Countdown do
  def count(%Countdown{from: n}), do: {:ok, n + 1}
  def member?(%Countdown{from: n}, x), do: {:ok, is_integer(x) and x >= 0 and x <= n}
  def slice(_), do: {:error, __MODULE__}

  def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(cd, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(cd, &1, fun)}
  def reduce(%Countdown{from: n}, {:cont, acc}, _fun) when n < 0, do: {:done, acc}
  def reduce(%Countdown{from: n}, {:cont, acc}, fun), do: reduce(%Countdown{from: n - 1}, fun.(n, acc), fun)
end

cd = Countdown.new(5)
IO.inspect(Enum.to_list(cd))
IO.inspect(Enum.map(cd, &(&1 * 2)))
IO.inspect(Enum.count(cd))
IO.inspect(Enum.member?(cd, 3))
IO.inspect(Enum.member?(cd, 9))
IO.inspect(Enum.take(cd, 2))
IO.inspect(Enum.sum(cd))
IO.inspect(Enum.zip(cd, [:a, :b, :c]))
IO.inspect(Enum.at(cd, 1))
IO.inspect(for x <- cd, rem(x, 2) == 1, do: x)
IO.inspect(Stream.map(cd, &(&1 + 100)) |> Enum.take(3))
IO.inspect(Enum.sort(cd))
IO.inspect(Enum.reverse(cd))
IO.inspect(Enum.slice(cd, 1, 2))
