# Which failed operators name their operands depends on how the BEAM computes them.
defmodule P do
  def run(name, f) do
    try do
      f.()
    rescue
      _ ->
        [top | _] = __STACKTRACE__
        IO.puts("#{name}: #{inspect(top)}")
    end
  end
  def add2(a, b), do: a + b
  def sub2(a, b), do: a - b
  def addf(a), do: a + 1.0
  def add1l(a), do: 1 + a
  def addbig(a), do: a + 100000000000000000000
  def nested(a, b), do: a + b + 1
  def mixed(a, b), do: (a + 1) * b
  def mul2(a, b), do: a * b
  def mul1l(a), do: 2 * a
  def dv2(a, b), do: a / b
  def sub1l(a), do: 1 - a
  def subf(a), do: a - 1.5
  def subneg(a), do: a - -1
  def neg(a), do: -a
  def addfield(m), do: m.x + 1
  def addmap(m, b), do: m.x + b
  def total(items), do: Enum.reduce(items, 0, fn {_, price}, acc -> acc + price end)
end
P.run("add2", fn -> P.add2(:x, 1) end)
P.run("add2b", fn -> P.add2(1, :x) end)
P.run("sub2", fn -> P.sub2(:x, 1) end)
P.run("addf", fn -> P.addf(:x) end)
P.run("add1l", fn -> P.add1l(:x) end)
P.run("addbig", fn -> P.addbig(:x) end)
P.run("nested", fn -> P.nested(1, :x) end)
P.run("nested2", fn -> P.nested(:x, 1) end)
P.run("mixed", fn -> P.mixed(:x, 1) end)
P.run("mul2", fn -> P.mul2(:x, 1) end)
P.run("mul1l", fn -> P.mul1l(:x) end)
P.run("dv2", fn -> P.dv2(:x, 1) end)
P.run("sub1l", fn -> P.sub1l(:x) end)
P.run("subf", fn -> P.subf(:x) end)
P.run("subneg", fn -> P.subneg(:x) end)
P.run("neg", fn -> P.neg(:x) end)
P.run("addfield", fn -> P.addfield(%{x: :a}) end)
P.run("addmap", fn -> P.addmap(%{x: :a}, 1) end)
P.run("total", fn -> P.total([{:a, 1}, {:b, "2"}]) end)
P.total([{:a, 1}, {:b, nil}])
