# A tiny test helper built from macros, in the spirit of a hand-made assert.
defmodule Check do
  defmacro __using__(_opts) do
    quote do
      import Check
      Module.register_attribute(__MODULE__, :checks, accumulate: true)
      @before_compile Check
    end
  end

  defmacro __before_compile__(_env) do
    quote do
      def run_all do
        @checks |> Enum.reverse() |> Enum.map(fn name -> apply(__MODULE__, name, []) end)
      end
    end
  end

  defmacro check(description, do: body) do
    name = String.to_atom("check " <> description)
    quote do
      @checks unquote(name)
      def unquote(name)(), do: {unquote(description), unquote(body)}
    end
  end

  defmacro expect({op, _, [left, right]} = expr) when op in [:==, :>, :<] do
    code = Macro.to_string(expr)
    quote do
      l = unquote(left)
      r = unquote(right)
      if unquote(op)(l, r), do: :ok, else: {:failed, unquote(code), l, r}
    end
  end
end

defmodule MathChecks do
  use Check

  check "addition" do
    expect(1 + 1 == 2)
  end

  check "comparison fails" do
    expect(length([1, 2]) > 5)
  end

  check "strings" do
    expect(String.upcase("a") == "A")
  end
end

for {desc, result} <- MathChecks.run_all() do
  IO.puts("#{desc}: #{inspect(result)}")
end
