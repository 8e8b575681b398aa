unless some_expression, do: block_1, else: block_2
if some_expression, do: block_2, else: block_1
defmodule MyMacros do
  defmacro my_unless(expr, opts) do
    quote do
      if unquote(expr), do: unquote(opts[:else]), else: unquote(opts[:do])
    end
  end
end
require MyMacros
MyMacros.my_unless 1 == 2, do: :ok, else: :bad
