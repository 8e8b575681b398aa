IO.inspect quote(do: 1 + 2 * x)
IO.inspect quote(do: if(a, do: b, else: c))
IO.inspect quote(do: [1, {2, 3}, %{a: 1}, "s", :atom, 'cl'])
IO.inspect quote(do: fn x -> x * 2 end)
IO.inspect quote(do: Enum.map(list, &(&1 + 1)))
x = 5
IO.inspect quote(do: unquote(x) + y)
IO.inspect quote(do: [unquote_splicing([1, 2]), 3])
IO.puts Macro.to_string(quote(do: case x do
  1 -> :a
  _ -> :b
end))
IO.puts Macro.to_string(quote(do: (def f(x) when x > 0, do: x * 2)))
IO.inspect Macro.expand(quote(do: unless(a, do: b)), __ENV__) |> Macro.to_string()
defmodule Assert do
  defmacro my_assert({op, _, [l, r]} = expr) do
    code = Macro.to_string(expr)
    quote do
      left = unquote(l)
      right = unquote(r)
      if unquote(op)(left, right) do
        IO.puts("pass: " <> unquote(code))
      else
        IO.puts("FAIL: #{unquote(code)} (left: #{inspect(left)}, right: #{inspect(right)})")
      end
    end
  end
end
defmodule UseAssert do
  require Assert
  def run do
    Assert.my_assert(1 + 1 == 2)
    Assert.my_assert(String.length("abc") > 5)
    Assert.my_assert([1, 2] ++ [3] == [1, 2, 3])
  end
end
UseAssert.run()
defmodule Tracer do
  defmacro trace(expr) do
    quote bind_quoted: [expr: expr, s: Macro.to_string(expr)] do
      IO.puts "#{s} = #{inspect(expr)}"
      expr
    end
  end
end
defmodule UseTracer do
  require Tracer
  def run do
    Tracer.trace(Enum.sum([1, 2, 3]))
    Tracer.trace(%{a: 1}.a)
  end
end
UseTracer.run()
IO.inspect Macro.var(:foo, nil)
IO.inspect Code.string_to_quoted!("a |> b(1)")
IO.inspect Code.eval_string("a + b", a: 1, b: 2)
IO.inspect Macro.escape(%{a: {1, 2}})
