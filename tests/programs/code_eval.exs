# Code.eval_string, Code.eval_quoted and Code.string_to_quoted.
IO.inspect(Code.eval_string("1 + 2"))
IO.inspect(Code.eval_string("a * b", a: 6, b: 7))
IO.inspect(Code.eval_string("x = 10; y = x + 1; {x, y}"))
{value, binding} = Code.eval_string("z = :set; [z, z]")
IO.inspect({value, binding})
IO.inspect(Code.eval_string("Enum.map([1, 2, 3], &(&1 * &1))") |> elem(0))
IO.inspect(Code.eval_string("String.upcase(s)", s: "shout") |> elem(0))
{fun, _} = Code.eval_string("fn a -> a + 1 end")
IO.inspect(fun.(41))
IO.inspect(Code.eval_quoted(quote(do: 3 * 3)))
{:ok, ast} = Code.string_to_quoted("max(4, 9)")
IO.inspect(ast)
IO.inspect(Code.eval_quoted(ast) |> elem(0))
IO.inspect(Code.string_to_quoted("%{a: [1, 2]}"))
IO.inspect(Code.string_to_quoted("foo("))
IO.inspect(Code.string_to_quoted!("x |> y()"))

try do
  Code.eval_string("1 + :a")
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

try do
  Code.eval_string("[1, 2")
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

Code.eval_string("""
defmodule FromString do
  def hi, do: "hi from a string"
end
""")
IO.puts(FromString.hi())
