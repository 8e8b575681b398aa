defmodule Macros do
  defmacro unless_(cond, do: block) do
    quote do
      if !unquote(cond), do: unquote(block)
    end
  end

  defmacro my_assert({op, _, [l, r]}) do
    quote bind_quoted: [op: op, l: l, r: r] do
      apply(Kernel, op, [l, r])
    end
  end

  defmacro splice(args) do
    quote do
      f(unquote_splicing(args))
    end
  end
end
quote do: 1 + 2
quote(do: x)
quote do
  a
  b
end
quote location: :keep do
  x
end
quote unquote: false do
  unquote(x)
end
quote do: unquote(x) + 1
quote do: [1, unquote_splicing(xs), 2]
unquote(x)
