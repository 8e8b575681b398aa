# Error texts for bad input to Macro functions.
try_it = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
try_it.(fn -> Macro.var("x", nil) end)
try_it.(fn -> Macro.var(:x, "ctx") end)
try_it.(fn -> Macro.underscore(123) end)
try_it.(fn -> Macro.camelize(:foo) end)
try_it.(fn -> Macro.generate_arguments(-1, nil) end)
try_it.(fn -> Macro.generate_arguments(2, "x") end)
try_it.(fn -> Macro.operator?("+", 2) end)
try_it.(fn -> Macro.special_form?(:case, "2") end)
try_it.(fn -> Macro.prewalk(1, :not_a_fun) end)
try_it.(fn -> Macro.postwalk(1, nil, fn x -> x end) end)
try_it.(fn -> Macro.traverse(1, nil, nil, nil) end)
try_it.(fn -> try do Macro.escape(make_ref()) rescue e -> String.slice(e.message, 0, 15) end end)
try_it.(fn -> try do Macro.escape(fn -> :anon end) rescue e -> String.slice(e.message, 0, 15) end end)
try_it.(fn -> Macro.pipe(1, quote(do: %{a: 1}), 0) end)
try_it.(fn -> Macro.pipe(1, quote(do: -x), 0) end)
try_it.(fn -> Macro.pipe(1, quote(do: a * b), 0) end)
try_it.(fn -> Macro.pipe(1, quote(do: fn -> 1 end), 0) end)
try_it.(fn -> Macro.pipe(1, {:unquote, [], []}, 0) end)
try_it.(fn -> Macro.pipe(1, quote(do: Foo), 0) end)
try_it.(fn -> Macro.pipe(quote(do: a |> b()), quote(do: "str"), 0) end)
try_it.(fn -> Macro.inspect_atom(:other, :x) end)
try_it.(fn -> Macro.classify_atom("x") end)
try_it.(fn -> Macro.decompose_call("x") end)
try_it.(fn -> Macro.unique_var("x", nil) end)
