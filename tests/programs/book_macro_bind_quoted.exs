defmodule Assertions do
  defmacro assert({operator, _, [lhs, rhs]}) do
    quote bind_quoted: [operator: operator, lhs: lhs, rhs: rhs] do
      Assertions.Test.assert(operator, lhs, rhs)
    end
  end
  defmacro my_unless(cond, do: block) do
    quote do
      if !unquote(cond), do: unquote(block)
    end
  end
  defmacro debug(expr) do
    str = Macro.to_string(expr)
    quote do
      IO.puts("#{unquote(str)} = #{inspect(unquote(expr))}")
    end
  end
end
defmodule Assertions.Test do
  def assert(:==, lhs, rhs) when lhs == rhs, do: IO.write(".")
  def assert(:==, lhs, rhs), do: IO.puts("\nFAILURE: Expected: #{lhs} to be equal to: #{rhs}")
  def assert(:>, lhs, rhs) when lhs > rhs, do: IO.write(".")
  def assert(:>, lhs, rhs), do: IO.puts("\nFAILURE: Expected: #{lhs} to be greater than: #{rhs}")
end
defmodule MathTest do
  import Assertions
  def run do
    assert 5 == 5
    assert 10 > 0
    assert 1 > 2
    assert 5 == 6
    my_unless false, do: IO.puts("unless ran")
    debug(1 + 2 * 3)
    debug(Enum.map([1, 2], &(&1 * 2)))
  end
end
MathTest.run()
IO.inspect(quote do: 1 + 2)
IO.inspect(quote do: foo(bar, [1, 2], %{a: 1}))
IO.puts(Macro.to_string(quote do: if(x > 1, do: :a, else: :b)))
x = 5
IO.inspect(quote do: unquote(x) + y)
IO.inspect(Macro.expand(quote(do: unless(true, do: 1)), __ENV__) |> Macro.to_string())
IO.inspect(Code.eval_string("a + b", a: 1, b: 2))
IO.inspect(Code.string_to_quoted!("fn x -> x * 2 end"))
