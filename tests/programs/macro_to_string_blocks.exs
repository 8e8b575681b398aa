# Macro.to_string: blocks, do/end, fn, case/cond/with/try, receive.
p = fn q -> IO.puts(Macro.to_string(q)) end
p.(quote(do: if(a, do: b, else: c)))
p.(quote(do: if(a, do: b)))
p.(quote(do: unless(a, do: b)))
p.(quote do
  a = 1
  b = a + 1
  b * 2
end)
p.(quote do
  x = 1
  if x do
    :ok
  end
  y
end)
p.(quote(do: fn x -> x * 2 end))
p.(quote(do: fn -> :ok end))
p.(quote(do: fn x, y -> x + y end))
p.(quote(do: fn {a, b} -> a end))
p.(quote do
  fn
    0 -> :zero
    n when n > 0 -> :pos
    _ -> :neg
  end
end)
p.(quote do
  fn x ->
    y = x + 1
    y * 2
  end
end)
p.(quote do
  case x do
    1 -> :one
    2 -> :two
    _ -> :other
  end
end)
p.(quote do
  case x do
    {:ok, v} when is_integer(v) and v > 0 ->
      a = v * 2
      a + 1
    :error -> nil
  end
end)
p.(quote do
  cond do
    a > 1 -> :big
    true -> :small
  end
end)
p.(quote do
  with {:ok, a} <- f(),
       {:ok, b} <- g(a) do
    a + b
  else
    _ -> :error
  end
end)
p.(quote do
  try do
    risky()
  rescue
    e in RuntimeError -> e
  catch
    :exit, _ -> :exit
  after
    cleanup()
  end
end)
p.(quote do
  receive do
    {:msg, m} -> m
  after
    1000 -> :timeout
  end
end)
p.(quote do
  defmodule Foo do
    @moduledoc "hi"
    def bar(x), do: x
    defp baz(x) when x > 1 do
      x
    end
  end
end)
p.(quote(do: for(x <- [1, 2], y <- [3], x > 1, do: x * y)))
p.(quote(do: for(x <- list, into: %{}, do: {x, x})))
p.(quote do
  for x <- [1, 2] do
    x
  end
end)
p.(quote(do: def(foo(a, b \\ 1), do: a + b)))
p.({:quote, [], [[do: {:unquote, [], [{:x, [], nil}]}]]})
p.({:unquote_splicing, [], [{:x, [], nil}]})
p.({:__block__, [], [{:unquote_splicing, [], [{:x, [], nil}]}]})
p.({:foo, [], [{:unquote_splicing, [], [{:x, [], nil}]}]})
p.(quote(do: (a; b)))
p.(quote(do: f((a; b))))
p.(quote(do: foo do end))
p.(quote(do: foo(1) do 2 end))
p.({:__block__, [], []})
p.({:__block__, [], [1]})
p.(quote(do: import Foo))
p.(quote(do: import(Foo, only: [a: 1])))
p.(quote(do: (alias Foo.Bar, as: B)))
p.(quote(do: require Logger))
p.(quote(do: use GenServer))
p.(quote(do: raise "oops"))
p.(quote(do: raise(ArgumentError, message: "x")))
p.(quote(do: def foo))
p.(quote(do: x = if(a, do: 1, else: 2)))
p.(quote(do: f(if(a, do: 1))))
p.(quote(do: [if(a, do: 1)]))
p.(quote(do: fn x -> if x, do: 1 end))
p.(quote(do: fn -> (a; b) end))
p.(quote(do: fn a when is_integer(a) -> a end))
p.(quote(do: fn a, b when a > b -> a end))
