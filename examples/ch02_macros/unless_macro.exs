# Section 2.6: macros run at compile time and turn code into other code.
defmodule MyControl do
  defmacro my_unless(condition, do: body) do
    quote do
      if unquote(condition) do
        nil
      else
        unquote(body)
      end
    end
  end
end

defmodule Demo do
  require MyControl

  def check(n) do
    MyControl.my_unless n > 10 do
      "#{n} is small"
    end
  end
end

IO.inspect(Demo.check(3))
IO.inspect(Demo.check(30))

# Kernel's own unless is a macro too.
IO.inspect(unless(1 > 2, do: :expanded))
IO.puts(Macro.to_string(quote(do: unless(x, do: y))))
