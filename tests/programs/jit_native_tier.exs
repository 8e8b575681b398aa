# Functions of small integers hot enough for vial's native tier, and every way
# out of it: bignums, errors, other types, deep recursion, yielding, killing.
defmodule J do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + n)

  def sum(0), do: 0
  def sum(n), do: n + sum(n - 1)

  def d(a, b), do: div(a, b) + rem(a, b)

  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))

  def small(n) when n > 3, do: small(n - 1)
  def small(3), do: :three

  def even(0), do: 1
  def even(n), do: odd(n - 1)
  def odd(0), do: 0
  def odd(n), do: even(n - 1)

  def depth(0), do: 0
  def depth(n), do: depth2(n - 1) + 1
  def depth2(0), do: 0
  def depth2(n), do: depth(n - 1) + 1

  def kind(:a), do: 100
  def kind(n) when is_integer(n), do: n + 1
  def kind(_), do: :other

  def add(a, b), do: a + b
  def scale(a), do: a * 3

  def ack(0, n), do: n + 1
  def ack(m, 0), do: ack(m - 1, 1)
  def ack(m, n), do: ack(m - 1, ack(m, n - 1))

  def count(from, to) when from > to, do: 0
  def count(from, to), do: 1 + count(from + 1, to)

  def spin(n), do: spin(n + 1)

  def frames(fun) do
    try do
      fun.()
    rescue
      e ->
        lines =
          for {J, f, a, loc} <- __STACKTRACE__ do
            "#{f}/#{if is_list(a), do: inspect(a), else: a}:#{loc[:line]}"
          end

        IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)} at #{Enum.join(lines, " ")}")
    end
  end
end

IO.puts(J.fib(25))
for i <- 1..3000, do: J.fact(rem(i, 20))
IO.puts(J.fact(20))
IO.puts(J.fact(21))
IO.puts(J.fact(30))
IO.puts(J.loop(5_000_000, 0))
IO.puts(J.loop(100_000, 9_223_372_036_854_775_000))
IO.puts(J.sum(1_000_000))
IO.puts(J.count(1, 300_000))
IO.puts(J.depth(200_001))
IO.puts(J.even(1_000_001))
for i <- 1..3000, do: J.d(i, 7)
IO.puts(J.d(100, 7))
IO.puts(J.d(-100, 7))
IO.puts(J.d(-9_223_372_036_854_775_808, -1))
J.frames(fn -> J.d(1, 0) end)
for i <- 1..3000, do: J.gcd(i * 7, 91)
IO.puts(J.gcd(1071, 462))
for _ <- 1..3000, do: J.small(3)
IO.puts(J.small(9))
J.frames(fn -> J.small(2) end)
J.frames(fn -> J.small(-20) end)
for i <- 1..3000, do: J.kind(i)
IO.inspect({J.kind(:a), J.kind(5), J.kind(2.5), J.kind("x")})
for i <- 1..3000, do: J.add(i, i)
IO.inspect({J.add(1.5, 2), J.add(9_223_372_036_854_775_807, 1), J.add(-9_223_372_036_854_775_808, -1)})
J.frames(fn -> J.add(:x, 1) end)
for i <- 1..3000, do: J.scale(i)
IO.inspect({J.scale(4_000_000_000_000_000_000), J.scale(3_074_457_345_618_258_603), J.scale(0.5)})
IO.puts(J.ack(2, 3))
IO.puts(J.ack(3, 5))

defmodule Procs do
  # A process spinning in native code still yields, and dies when killed.
  def spinner do
    parent = self()
    spinner = spawn(fn -> J.spin(0) end)
    ref = Process.monitor(spinner)
    other = spawn(fn -> send(parent, {:other, J.fib(20)}) end)

    receive do
      {:other, n} -> IO.puts("the other process ran beside the spinner: #{n}")
    end

    Process.exit(spinner, :kill)

    receive do
      {:DOWN, ^ref, :process, ^spinner, reason} -> IO.inspect(reason, label: "spinner")
    end

    IO.inspect(Process.alive?(other))
  end

  # Many processes running the same native code at once.
  def many do
    tasks = for i <- 1..8, do: Task.async(fn -> J.fib(15 + i) end)
    IO.inspect(Enum.map(tasks, &Task.await/1))
  end
end

Procs.spinner()
Procs.many()
