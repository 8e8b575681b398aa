defmodule Funcs do
  def double(x), do: x * 2
  def add(a, b), do: a + b
  defp secret(x), do: x - 1

  def make_counter(start) do
    fn
      :inc -> make_counter(start + 1)
      :get -> start
    end
  end

  def compose(f, g), do: fn x -> g.(f.(x)) end
  def apply_n(f, n, x), do: Enum.reduce(1..n, x, fn _, acc -> f.(acc) end)
  def call_secret(x), do: (&secret/1).(x)
  def curry(f), do: fn a -> fn b -> f.(a, b) end end
end

defmodule Main do
  import Funcs, only: [double: 1]

  def run do
    d = &Funcs.double/1
    IO.inspect(d.(21))
    IO.inspect(Enum.map([1, 2, 3], &double/1))
    add = &Funcs.add/2
    IO.inspect(add.(1, 2))
    inc = &(&1 + 1)
    IO.inspect(inc.(1))
    swap = &{&2, &1}
    IO.inspect(swap.(:a, :b))
    cons = &[&1 | &2]
    IO.inspect(cons.(1, [2]))
    greet = &"Hello, #{&1}!"
    IO.puts(greet.("world"))
    pick = &Map.get(&1, :k, :none)
    IO.inspect(pick.(%{k: 1}))
    IO.inspect(pick.(%{}))
    sub = &(&2 - &1)
    IO.inspect(sub.(1, 10))
    IO.inspect(is_function(sub, 2))
    IO.inspect(Function.info(d)[:arity])
    IO.inspect(Function.info(d, :name))
    IO.inspect(Funcs.call_secret(10))

    counter = Funcs.make_counter(0)
    c2 = counter.(:inc).(:inc)
    IO.inspect({counter.(:get), c2.(:get)})

    f = Funcs.compose(&(&1 * 3), &Integer.to_string/1)
    IO.inspect(f.(5))
    IO.inspect(Funcs.apply_n(&double/1, 10, 1))
    IO.inspect(Funcs.curry(&Funcs.add/2).(3).(4))

    x = 10
    adder = fn y -> x + y end
    x = 20
    IO.inspect({adder.(1), x})

    fib = fn
      f, n when n < 2 -> n
      f, n -> f.(f, n - 1) + f.(f, n - 2)
    end
    IO.inspect(fib.(fib, 15))

    classify = fn
      n when is_integer(n) and n > 0 -> :pos
      0 -> :zero
      n when is_integer(n) -> :neg
      _ -> :nan
    end
    IO.inspect(Enum.map([3, 0, -3, :x], classify))

    IO.inspect(Enum.map([{1, 2}, {3, 4}], fn {a, b} -> a * b end))
    IO.inspect(Enum.reduce([1, 2, 3], fn x, acc -> x * acc end))
    IO.inspect(Enum.sort_by(["bb", "a", "ccc"], &String.length/1, &>=/2))
    IO.inspect(Enum.map(["a", "b"], &String.upcase/1))
    IO.inspect(Enum.filter(1..10, &(rem(&1, 3) == 0)))
    IO.inspect(apply(Funcs, :add, [5, 6]))
    IO.inspect(apply(fn a, b -> a * b end, [6, 7]))
    mod = Funcs
    IO.inspect(mod.double(4))
    fun_name = :double
    IO.inspect(apply(mod, fun_name, [8]))
    IO.inspect(Enum.map(1..3, &Funcs.add(&1, 100)))
    IO.inspect((fn -> :immediate end).())
    IO.inspect(Enum.map([[1, 2], [3]], &length/1))
    IO.inspect((&Funcs.add/2) == (&Funcs.add/2))
    IO.inspect(Function.capture(Funcs, :double, 1).(9))
    tap = 5 |> then(&(&1 * 2)) |> tap(&IO.inspect(&1, label: "tapped"))
    IO.inspect(tap)
    ops = %{add: &+/2, mul: &*/2, max: &max/2}
    IO.inspect(for {k, f} <- ops, into: %{}, do: {k, f.(3, 4)})
    IO.inspect(Enum.map([1, 2], &{:ok, &1}))
    try do
      adder.(1, 2)
    rescue
      e in BadArityError -> IO.inspect(e.args)
    end
    try do
      x.(1)
    rescue
      e in BadFunctionError -> IO.inspect(e.term)
    end
  end
end

Main.run()
