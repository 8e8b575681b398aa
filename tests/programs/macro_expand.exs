# Macro: expand.
defmodule M do
  defmacro double(x), do: quote(do: unquote(x) * 2)
  defmacro twice(x), do: quote(do: M.double(M.double(unquote(x))))
end
defmodule T do
  require M
  alias String, as: S
  def run do
    env = __ENV__
    p = fn q -> IO.puts(Macro.to_string(q)) end
    p.(Macro.expand_once(quote(do: M.twice(1)), env))
    p.(Macro.expand(quote(do: M.twice(1)), env))
    p.(Macro.expand_once(quote(do: foo(1)), env))
    p.(Macro.expand_once(quote(do: a |> f() |> g(2)), env))
    p.(Macro.expand(quote(do: a |> f() |> g(2)), env))
    p.(Macro.expand_once(quote(do: unless(a, do: b)), env))
    IO.inspect(Macro.expand(quote(do: S), env))
    IO.inspect(Macro.expand(quote(do: S.Foo), env))
    IO.inspect(Macro.expand(quote(do: Enum), env))
    IO.inspect(Macro.expand(quote(do: __MODULE__), env))
    IO.inspect(Macro.expand(quote(do: 1 + 2), env))
    IO.inspect(Macro.expand(quote(do: x), env))
    IO.inspect(Macro.expand(42, env))
    IO.inspect(Macro.expand_once(quote(do: M.double(3)), env) |> Code.eval_quoted() |> elem(0))
    IO.inspect(Macro.expand(quote(do: __ENV__.module), env))
  end
end
T.run()
