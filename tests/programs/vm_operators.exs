# Operators, comparisons and guards that the VM computes without calling the built-ins
# (small integers, floats, atoms), and the cases it hands to them (big integers,
# mixed types, errors); remote calls after a module is redefined.
defmodule Ops do
  def classify(x) when is_integer(x) and x < 0, do: :negative
  def classify(x) when is_integer(x) and x >= 100, do: :big
  def classify(x) when is_float(x) and x > 0.5, do: :float_high
  def classify(x) when is_atom(x) and x == :ok, do: :ok_atom
  def classify(x) when is_list(x), do: :list
  def classify(x) when x === 1.0, do: :exact_one
  def classify(x) when x == 1, do: :one
  def classify(x) when x != 2, do: :not_two
  def classify(_), do: :other

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + n * 2 - rem(n, 3) + div(n, 4))

  def id(x), do: x

  def pick(a, b) do
    if a < b, do: {:lt, a}, else: {:ge, b}
  end
end

IO.inspect(Enum.map([-5, 150, 0.75, :ok, [1], 1.0, 1, 3, 2, "x"], &Ops.classify/1))
IO.inspect(Ops.loop(10_000, 0))
IO.inspect({Ops.pick(1, 2), Ops.pick(2.5, 1), Ops.pick(:a, :b), Ops.pick("b", "a"), Ops.pick(1, 1.0)})
max = 9_223_372_036_854_775_807
IO.inspect({max + 1, -max - 2, max * 3, max - -1, div(max + 1, 2), rem(max + 5, 7)})
IO.inspect({1 + 2.5, 3.0 * 2, 7 - 0.5, 1 < 1.5, 2.0 > 1, 1 == 1.0, 1 === 1.0, 1 != 1.0, 1 !== 1.0})
IO.inspect({:a < :b, :b <= :a, :a == :a, :a != :b, 1 < :a, [] > {}, "a" >= "a"})
IO.inspect({div(-7, 2), rem(-7, 2), div(7, -2), rem(7, -2), -9_223_372_036_854_775_808 * -1})

for {f, args} <- [
      {fn x -> 1 + x end, [:a]},
      {fn x -> 5 - x end, ["x"]},
      {fn x -> x * 10 end, [1.0e308]},
      {fn x -> div(1, x) end, [0]},
      {fn x -> rem(3, x) end, [0]},
      {fn x -> div(x, 2) end, [1.0]},
      {fn x -> x + 1 end, [[]]}
    ] do
  try do
    apply(f, args)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

IO.inspect(Enum.reduce([1, 2, 3], 0, &+/2))
IO.inspect(Enum.map([1, 2, 3], &Kernel.*(&1, 2)))
IO.inspect(Enum.reduce([[1], [2]], [], &++/2))
IO.inspect(Enum.sort([3, 1.0, :a, 2], &<=/2))
IO.inspect(Enum.sum([1, 2.5, 3]))
IO.inspect(Enum.filter(1..10, &(rem(&1, 3) == 0)))

try do
  Enum.sum([1, :x])
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

defmodule Remote do
  def version, do: 1
end

IO.inspect(for _ <- 1..3, do: Remote.version())

:code.delete(Remote)
:code.purge(Remote)

Code.compile_string("""
defmodule Remote do
  def version, do: 2
end
""")

IO.inspect(for _ <- 1..3, do: Remote.version())
f = &Remote.version/0
IO.inspect(f.())
