defmodule Validate do
  defmacro __using__(opts) do
    prefix = Keyword.get(opts, :prefix, "err")

    quote do
      import Validate, only: [rule: 2, rule: 3]
      Module.register_attribute(__MODULE__, :rules, accumulate: true)
      @before_compile Validate
      @prefix unquote(prefix)
    end
  end

  defmacro rule(field, check, message \\ "is invalid") do
    quote do
      @rules {unquote(field), unquote(Macro.escape(check)), unquote(message)}
    end
  end

  defmacro __before_compile__(env) do
    rules = Module.get_attribute(env.module, :rules) |> Enum.reverse()

    checks =
      for {field, check, msg} <- rules do
        quote do
          value = Map.get(data, unquote(field))

          errors =
            if unquote(check).(value),
              do: errors,
              else: [{unquote(field), "#{@prefix}: #{unquote(msg)}"} | errors]
        end
      end

    quote do
      def rules, do: unquote(Macro.escape(rules |> Enum.map(fn {f, _, m} -> {f, m} end)))

      def validate(data) do
        errors = []
        unquote_splicing(checks)

        case Enum.reverse(errors) do
          [] -> :ok
          errs -> {:error, errs}
        end
      end
    end
  end
end

defmodule User do
  use Validate, prefix: "user"

  rule :name, &is_binary/1, "must be a string"
  rule :age, fn a -> is_integer(a) and a >= 0 end
  rule :email, &String.contains?(&1 || "", "@"), "needs an @"
end

IO.inspect(User.rules())
IO.inspect(User.validate(%{name: "Ann", age: 30, email: "a@b"}))
IO.inspect(User.validate(%{name: :ann, age: -1}))

defmodule Unless do
  defmacro my_unless(cond, do: body) do
    quote do
      if unquote(cond), do: nil, else: unquote(body)
    end
  end

  defmacro swap({a, b}) do
    quote do: {unquote(b), unquote(a)}
  end

  defmacro hyg do
    quote do
      x = :macro_x
      x
    end
  end

  defmacro unhyg do
    quote do
      var!(y) = :set_by_macro
    end
  end
end

defmodule UseIt do
  require Unless

  def go do
    IO.inspect(Unless.my_unless(false, do: "ran"))
    IO.inspect(Unless.my_unless(true, do: "ran"))
    IO.inspect(Unless.swap({1, 2}))
    x = :outer
    IO.inspect({Unless.hyg(), x})
    Unless.unhyg()
    IO.inspect(y)
  end
end

UseIt.go()

defmodule Main do
  require Unless

  def run do
    q = quote do: Unless.my_unless(1 > 2, do: IO.puts("x"))
    IO.inspect(q)
    IO.puts(Macro.to_string(Macro.expand_once(q, __ENV__)))
    IO.puts(Macro.to_string(quote do: fn x, y -> x * y + 1 end))
    IO.puts(Macro.to_string(quote(do: %{a: 1, b: [1, 2]} |> Map.get(:a))))
    ast = quote do: 1 + 2 * 3
    IO.inspect(ast)
    IO.inspect(Code.eval_quoted(ast))
    {val, binding} = Code.eval_string("a + b", a: 1, b: 2)
    IO.inspect({val, binding})
    IO.inspect(Macro.escape(%{a: {1, 2}}))
    IO.inspect(quote(do: unquote(1 + 2) + x))
    name = :dyn
    IO.inspect(quote(do: def(unquote(name)(), do: 1)))
  end
end

Main.run()
