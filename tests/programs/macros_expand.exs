# Macro.expand and Macro.expand_once show what Kernel macros turn into.
defmodule MyMac do
  defmacro double(x), do: quote(do: unquote(x) * 2)
  defmacro quad(x), do: quote(do: MyMac.double(MyMac.double(unquote(x))))
end

defmodule Show do
  require MyMac

  def run do
    env = __ENV__
    once = Macro.expand_once(quote(do: MyMac.quad(n)), env)
    IO.puts(Macro.to_string(once))
    full = Macro.expand(quote(do: MyMac.quad(n)), env)
    IO.puts(Macro.to_string(full))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: unless(ok, do: :fail)), env)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: 1 + 2), env)))
    IO.inspect(MyMac.quad(3))
  end
end

Show.run()
