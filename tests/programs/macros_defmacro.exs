# defmacro receives quoted arguments and returns quoted code.
defmodule Control do
  defmacro my_unless(condition, do: block) do
    quote do
      if unquote(condition), do: nil, else: unquote(block)
    end
  end

  defmacro times(n, do: body) do
    quote do
      Enum.each(1..unquote(n), fn _ -> unquote(body) end)
    end
  end

  defmacro show(expr) do
    text = Macro.to_string(expr)
    quote do
      IO.puts(unquote(text) <> " = " <> inspect(unquote(expr)))
    end
  end

  defmacro swap({a, b}), do: {b, a}

  defmacro debug_info(arg) do
    quote(do: {unquote(Macro.escape(arg)), unquote(arg)})
  end
end

defmodule UseControl do
  require Control

  def run do
    Control.my_unless 1 > 2 do
      IO.puts("unless works")
    end
    IO.inspect(Control.my_unless(true, do: :never))
    Control.times(3, do: IO.puts("again"))
    Control.show(1 + 2 * 3)
    Control.show(Enum.map([1, 2], &(&1 * 2)))
    IO.inspect(Control.swap({:a, :b}))
    IO.inspect(Control.debug_info(10 - 3))
  end
end

UseControl.run()
IO.inspect(macro_exported?(Control, :times, 2))
IO.inspect(function_exported?(Control, :times, 2))
IO.inspect(Macro.expand(quote(do: Control.swap({1, 2})), __ENV__) |> then(fn _ -> :needs_require end))
