defmodule Ring do
  defstruct items: [], cap: 3

  def new(cap), do: %Ring{cap: cap}

  def push(%Ring{items: items, cap: cap} = r, x) do
    items = if length(items) >= cap, do: tl(items) ++ [x], else: items ++ [x]
    %{r | items: items}
  end
end

defimpl Enumerable, for: Ring do
  def count(%Ring{items: items}), do: {:ok, length(items)}
  def member?(%Ring{items: items}, x), do: {:ok, x in items}
  def slice(_), do: {:error, __MODULE__}

  def reduce(_ring, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(ring, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(ring, &1, fun)}
  def reduce(%Ring{items: []}, {:cont, acc}, _fun), do: {:done, acc}

  def reduce(%Ring{items: [h | t]} = r, {:cont, acc}, fun) do
    reduce(%{r | items: t}, fun.(h, acc), fun)
  end
end

defimpl Collectable, for: Ring do
  def into(ring) do
    collector = fn
      r, {:cont, x} -> Ring.push(r, x)
      r, :done -> r
      _r, :halt -> :ok
    end

    {ring, collector}
  end
end

defimpl Inspect, for: Ring do
  import Inspect.Algebra

  def inspect(%Ring{items: items, cap: cap}, opts) do
    concat(["#Ring<", Integer.to_string(cap), ":", to_doc(items, opts), ">"])
  end
end

defmodule Countdown do
  defstruct from: 3
end

defimpl Enumerable, for: Countdown do
  def count(%{from: n}), do: {:ok, n + 1}
  def member?(%{from: n}, x), do: {:ok, is_integer(x) and x >= 0 and x <= n}

  def slice(%{from: n}) do
    {:ok, n + 1, fn start, len, _step -> Enum.to_list((n - start)..(n - start - len + 1)//-1) end}
  end

  def reduce(_, {:halt, acc}, _), do: {:halted, acc}
  def reduce(c, {:suspend, acc}, f), do: {:suspended, acc, &reduce(c, &1, f)}
  def reduce(%{from: n}, {:cont, acc}, _) when n < 0, do: {:done, acc}
  def reduce(%{from: n}, {:cont, acc}, f), do: reduce(%Countdown{from: n - 1}, f.(n, acc), f)
end

defmodule Main do
  def run do
    r = Enum.into(1..5, Ring.new(3))
    IO.inspect(r)
    IO.inspect(Enum.to_list(r))
    IO.inspect(Enum.map(r, &(&1 * 10)))
    IO.inspect(Enum.count(r))
    IO.inspect(Enum.member?(r, 4))
    IO.inspect(5 in r)
    IO.inspect(Enum.take(r, 2))
    IO.inspect(Enum.zip(r, [:a, :b, :c, :d]))
    IO.inspect(Enum.reduce(r, 0, &+/2))
    IO.inspect(Enum.sum(r))
    IO.inspect(Enum.at(r, 1))
    IO.inspect(Enum.reverse(r))
    IO.inspect(Enum.sort(r, :desc))
    IO.inspect(for x <- r, do: x + 1)
    IO.inspect(for x <- [7, 8, 9, 10], into: Ring.new(2), do: x)
    IO.inspect(Stream.map(r, &(&1 * 2)) |> Enum.to_list())
    IO.inspect(Enum.chunk_every(r, 2))
    IO.inspect(Enum.with_index(r))
    IO.inspect(Enum.max(r))
    IO.inspect(Enum.join(r, "-"))

    c = %Countdown{from: 5}
    IO.inspect(Enum.to_list(c))
    IO.inspect(Enum.slice(c, 1..3))
    IO.inspect(Enum.at(c, 2))
    IO.inspect(Enum.take_while(c, &(&1 > 2)))
    IO.inspect(Enum.count(c))
    IO.inspect(Enum.find(c, &(rem(&1, 2) == 0)))
    IO.inspect(Stream.zip(c, Stream.cycle([:x, :y])) |> Enum.take(4))
    IO.inspect(c)
    IO.inspect(Enum.into(%{a: 1}, [b: 2]))
    IO.inspect(Enum.into([a: 1, b: 2], %{}))
    IO.inspect(Enum.into(["x", "y"], "start:"))
    IO.inspect(Map.new(r, &{&1, &1 * &1}))
    IO.inspect(MapSet.new(r))

    try do
      Enum.into([1], %Countdown{})
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
