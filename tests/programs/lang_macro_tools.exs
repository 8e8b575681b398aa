defmodule Tools do
  defmacro trace(expr) do
    code = Macro.to_string(expr)

    quote do
      result = unquote(expr)
      IO.puts("#{unquote(code)} => #{inspect(result)}")
      result
    end
  end

  defmacro defconst(name, value) do
    quote bind_quoted: [name: name, value: value] do
      def unquote(name)(), do: unquote(value)
    end
  end

  defmacro my_assert({op, _, [left, right]} = expr) when op in [:==, :>, :<] do
    quote do
      l = unquote(left)
      r = unquote(right)

      if unquote(op)(l, r) do
        :ok
      else
        {:failed, unquote(Macro.to_string(expr)), l, r}
      end
    end
  end

  defmacro sum_all(args) do
    quote do: Enum.sum([unquote_splicing(args)])
  end

  defmacro while(cond, do: body) do
    quote do
      Stream.repeatedly(fn -> :tick end)
      |> Enum.reduce_while(nil, fn _, _ ->
        if unquote(cond) do
          unquote(body)
          {:cont, nil}
        else
          {:halt, nil}
        end
      end)
    end
  end
end

defmodule Consts do
  require Tools
  Tools.defconst(:answer, 42)
  Tools.defconst(:name, "vial")
end

defmodule Main do
  require Tools

  def run do
    Tools.trace(1 + 2 * 3)
    Tools.trace(Enum.map([1, 2], &(&1 * 10)))
    Tools.trace(String.upcase("abc") <> "!")
    IO.inspect({Consts.answer(), Consts.name()})
    IO.inspect(Tools.my_assert(1 + 1 == 2))
    IO.inspect(Tools.my_assert(3 > 5))
    IO.inspect(Tools.sum_all([1, 2, 3, 4]))
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    Tools.while Agent.get(agent, & &1) < 3 do
      Agent.update(agent, &(&1 + 1))
      IO.puts("tick #{Agent.get(agent, & &1)}")
    end

    asts = [
      quote(do: if(x, do: y, else: z)),
      quote(do: case(x, do: (1 -> :a; _ -> :b))),
      quote(do: fn a, b -> a + b end),
      quote(do: &(&1 * 2)),
      quote(do: [a: 1, b: [c: 2]]),
      quote(do: %{"k" => v, k2: 1}),
      quote(do: %User{name: "x"}),
      quote(do: x |> f() |> g(1)),
      quote(do: <<a::8, b::binary-size(2), rest::bits>>),
      quote(do: -x + +y - (-1)),
      quote(do: not true and (false or x)),
      quote(do: a..b//2),
      quote(do: @attr),
      quote(do: ^pinned = value),
      quote(do: {1, 2, 3}),
      quote(do: {1, 2}),
      quote(do: ~r/abc/i),
      quote(do: "interp #{x} done"),
      quote(do: Mod.fun(1, 2)),
      quote(do: fun.(1)),
      quote(do: [1 | rest]),
      quote(do: x when is_integer(x)),
      quote(do: (a; b)),
      quote(do: try(do: x, rescue: (e -> e))),
      quote(do: for(x <- l, y = x * 2, into: %{}, do: {x, y}))
    ]

    for ast <- asts, do: IO.puts(Macro.to_string(ast))
    IO.inspect(Macro.prewalk(quote(do: 1 + 2 * 3), fn
      n when is_integer(n) -> n * 10
      other -> other
    end) |> Macro.to_string())
    {_, acc} = Macro.postwalk(quote(do: foo(bar(1), baz(2))), [], fn
      {name, _, args} = node, acc when is_list(args) -> {node, [name | acc]}
      node, acc -> {node, acc}
    end)
    IO.inspect(acc)
    IO.inspect(Macro.expand(quote(do: Tools.trace(x)), __ENV__) |> Macro.to_string())
    IO.inspect(Macro.decompose_call(quote(do: Foo.bar(1, 2))))
    IO.inspect(Macro.var(:x, nil))
    IO.inspect(Macro.camelize("foo_bar") <> " " <> Macro.underscore("FooBar"))
    IO.inspect(Macro.validate({:ok, [1]}))
    IO.inspect(Macro.quoted_literal?(quote(do: [1, "a", :b])))
    IO.inspect(Code.string_to_quoted!("a + b * c"))
    IO.inspect(Code.string_to_quoted("1 +"))
  end
end

Main.run()
