# unquote injects values into quoted code; unquote_splicing injects lists.
n = 5
IO.inspect(quote(do: 1 + unquote(n)))
expr = quote(do: a * b)
IO.inspect(quote(do: unquote(expr) + 1))
args = [1, 2, 3]
IO.inspect(quote(do: sum(unquote_splicing(args))))
IO.inspect(quote(do: [0, unquote_splicing(args), 4]))
name = :dynamic_fun
IO.inspect(quote(do: unquote(name)(1)))
IO.inspect(quote(do: Kernel.unquote(:+)(1, 2)))
map = %{key: 1}
IO.inspect(quote(do: unquote(Macro.escape(map))))
IO.inspect(quote(do: unquote(map)))
IO.inspect(Code.eval_quoted(quote(do: unquote(n) * 10)))
fun_ast = quote(do: fn x -> x * unquote(n) end)
{f, _} = Code.eval_quoted(fun_ast)
IO.inspect(f.(3))
IO.inspect(quote(bind_quoted: [v: 1 + 1], do: v * v))
IO.inspect(quote(unquote: false, do: unquote(x)))
