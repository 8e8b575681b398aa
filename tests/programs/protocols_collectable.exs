# Collectable for a user struct makes Enum.into/2 and for into: work.
defmodule Tally do
  defstruct counts: %{}
  def new, do: %Tally{}
end

defimpl Collectable, for: Tally do
  def into(tally) do
    collector = fn
      acc, {:cont, item} -> %Tally{acc | counts: Map.update(acc.counts, item, 1, &(&1 + 1))}
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {tally, collector}
  end
end

t = Enum.into(~w(a b a c a b), Tally.new())
IO.inspect(t)
t2 = for w <- ~w(x y x), into: t, do: w
IO.inspect(t2.counts)
IO.inspect(Enum.into([1, 1, 2], Tally.new()).counts)
IO.inspect(Enum.into("abc" |> String.graphemes(), ""))
{collected, fun} = Collectable.into([])
IO.inspect(collected)
IO.inspect(fun.(fun.([], {:cont, 1}), :done))
