# Macro: expand kernel.
env = __ENV__
p = fn q -> IO.puts(Macro.to_string(q)) end
p.(Macro.expand(quote(do: if(a, do: b, else: c)), env))
p.(Macro.expand(quote(do: a && b), env))
p.(Macro.expand(quote(do: a || b), env))
p.(Macro.expand(quote(do: !a), env))
