# `require` is lexical: it holds in the function, `fn` or block it is
# written in, and calling a macro where its module is not required fails
# at run time with an UndefinedFunctionError.
defmodule Macros do
  defmacro double(x), do: quote(do: unquote(x) * 2)
  defmacro label(name, value), do: quote(do: "#{unquote(name)}=#{unquote(value)}")
  def plain(x), do: x + 1
end

defmodule InFunction do
  def with_require(x) do
    require Macros
    Macros.double(x)
  end

  def without_require(x), do: Macros.double(x)

  def plain_needs_nothing(x), do: Macros.plain(x)
end

defmodule InModule do
  require Macros
  def a(x), do: Macros.double(x)
  def b(x), do: Macros.label(:b, x)

  defmodule Nested do
    def c(x), do: Macros.double(x + 1)
  end
end

defmodule Aliased do
  require Macros, as: M
  def d(x), do: M.double(x)
  def e(x), do: M.plain(x)
end

defmodule InFn do
  def f(x) do
    g = fn y ->
      require Integer
      Integer.is_even(y)
    end

    {g.(x), outside(x)}
  end

  defp outside(x), do: Integer.is_odd(x)
end

defmodule InBlock do
  def g(x) do
    if x > 0 do
      require Integer
      Integer.is_even(x)
    else
      :negative
    end
  end

  def h(x) do
    if x > 0 do
      require Integer
    end

    Integer.is_even(x)
  end

  def i(x) do
    case x do
      n when n > 0 ->
        require Integer
        Integer.is_odd(n)

      _ ->
        Integer.is_odd(x)
    end
  end
end

defmodule ByImport do
  import Integer, only: [is_even: 1]
  def j(x), do: {is_even(x), Integer.is_odd(x)}
end

try_it = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e in UndefinedFunctionError -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end

try_it.("with_require", fn -> InFunction.with_require(4) end)
try_it.("without_require", fn -> InFunction.without_require(4) end)
try_it.("plain", fn -> InFunction.plain_needs_nothing(4) end)
try_it.("module a", fn -> InModule.a(5) end)
try_it.("module b", fn -> InModule.b(5) end)
try_it.("nested c", fn -> InModule.Nested.c(5) end)
try_it.("aliased d", fn -> Aliased.d(6) end)
try_it.("aliased e", fn -> Aliased.e(6) end)
try_it.("fn", fn -> InFn.f(2) end)
try_it.("if g", fn -> InBlock.g(3) end)
try_it.("if h", fn -> InBlock.h(3) end)
try_it.("case i pos", fn -> InBlock.i(3) end)
try_it.("case i neg", fn -> InBlock.i(-3) end)
try_it.("import j", fn -> ByImport.j(3) end)

require Integer
IO.inspect(Integer.is_even(10), label: "top level")
IO.inspect(Enum.filter(1..10, &Integer.is_odd/1), label: "capture")
IO.inspect(__ENV__.requires, label: "requires")
