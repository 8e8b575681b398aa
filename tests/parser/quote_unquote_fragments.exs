Mod.unquote(name)()
Mod.unquote(name)(1, 2)
unquote(mod).f()
unquote(mod).unquote(fun)(arg)
quote do: unquote(a).unquote(b)(1)
def unquote(name)(unquote_splicing(args)), do: unquote(body)
def unquote(:"#{prefix}_fun")(), do: :ok
%{unquote(k) => v}
[unquote_splicing(xs) | tail]
quote do
  unquote_splicing(exprs)
end
foo(unquote_splicing(x))
quote(do: (unquote_splicing(x)))
for {name, value} <- pairs do
  def unquote(name)(), do: unquote(value)
end
Macro.escape(%{a: 1})
