defmodule Flow do
  def classify(x) do
    cond do
      is_integer(x) and x < 0 -> :negative
      x == 0 -> :zero
      is_integer(x) and rem(x, 2) == 0 -> :even
      is_integer(x) -> :odd
      is_float(x) -> :float
      true -> :other
    end
  end

  def grade(score) when score >= 90, do: "A"
  def grade(score) when score >= 80 and score < 90, do: "B"
  def grade(score) when score in 70..79, do: "C"
  def grade(_), do: "F"

  def describe(value) do
    case value do
      {:ok, v} when is_list(v) and length(v) > 2 -> "long ok list"
      {:ok, [_ | _] = v} -> "ok list of #{length(v)}"
      {:ok, %{} = m} when map_size(m) == 0 -> "ok empty map"
      {:ok, v} -> "ok #{inspect(v)}"
      {:error, reason} when is_atom(reason) or is_binary(reason) -> "error #{reason}"
      [h | t] when is_tuple(h) and tuple_size(h) == 2 -> "kv list, rest #{length(t)}"
      x when x in [nil, false] -> "falsy"
      _ -> "unknown"
    end
  end

  def check(user) do
    with {:ok, name} <- Map.fetch(user, :name),
         true <- String.length(name) > 1 || {:error, :short_name},
         {:ok, age} when age >= 18 <- Map.fetch(user, :age) do
      "welcome #{name}"
    else
      :error -> "missing field"
      {:error, r} -> "error: #{r}"
      {:ok, age} -> "too young: #{age}"
    end
  end

  def safe_div(a, b) do
    if b != 0, do: {:ok, a / b}, else: {:error, :zero}
  end

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, [n | acc])
end

IO.inspect(Enum.map([-5, 0, 4, 7, 2.5, "x"], &Flow.classify/1))
IO.inspect(Enum.map([95, 85, 75, 60, 79.5], &Flow.grade/1))

for v <- [{:ok, [1, 2, 3]}, {:ok, [1]}, {:ok, %{}}, {:ok, 3}, {:error, :nope}, {:error, "bad"}, [a: 1, b: 2], nil, false, 42] do
  IO.puts(Flow.describe(v))
end

IO.puts(Flow.check(%{name: "Bob", age: 30}))
IO.puts(Flow.check(%{name: "B", age: 30}))
IO.puts(Flow.check(%{name: "Bob", age: 3}))
IO.puts(Flow.check(%{age: 3}))
IO.inspect(Flow.safe_div(1, 4))
IO.inspect(Flow.safe_div(1, 0))
IO.inspect(Flow.loop(5, []))
x = if nil, do: 1
IO.inspect(x)
y = unless false, do: :ran, else: :no
IO.inspect(y)
z = if "", do: :truthy, else: :falsy
IO.inspect(z)
IO.inspect(nil || false || :third)
IO.inspect(1 && nil && raise("never"))
IO.inspect(!nil and not false)
IO.inspect(true or raise("short-circuit"))
result =
  case Enum.find([1, 3, 5, 6], &(rem(&1, 2) == 0)) do
    nil -> "none"
    n -> "found #{n}"
  end
IO.puts(result)
val = with {:a, a} <- {:a, 1}, {:b, b} <- {:b, 2}, do: a + b
IO.inspect(val)
IO.inspect(with({:a, a} <- {:c, 1}, do: a))
IO.inspect(with(x when x > 5 <- 3, do: x))
try do
  with {:ok, v} <- {:error, 1} do
    v
  else
    {:ok, _} -> :never
  end
rescue
  e in WithClauseError -> IO.inspect(e)
end
try do
  cond do
    1 > 2 -> :no
  end
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  case :nope do
    :yes -> 1
  end
rescue
  e -> IO.inspect(e)
end
Flow.grade("x") |> IO.inspect()
Flow.describe()
