# quote returns the quoted form of code: literals, calls, and blocks.
defmodule Strip do
  # Drops metadata so that only the shape of the quoted form is printed.
  def meta(ast), do: Macro.prewalk(ast, fn
    {name, meta, args} when is_list(meta) -> {name, [], args}
    other -> other
  end)
end

show = fn ast -> IO.inspect(Strip.meta(ast)) end
show.(quote(do: 1))
show.(quote(do: :atom))
show.(quote(do: "string"))
show.(quote(do: [1, 2]))
show.(quote(do: {1, 2}))
show.(quote(do: {1, 2, 3}))
show.(quote(do: 1 + 2))
show.(quote(do: sum(1, 2, 3)))
show.(quote(do: x))
show.(quote(do: String.upcase("a")))
show.(quote(do: %{a: 1}))
show.(quote(do: fn x -> x end))
show.(quote(do: if(a, do: b, else: c)))
show.(quote do
  a = 1
  a * 2
end)
show.(quote(do: x |> f()))
show.(quote(do: [a: 1, b: 2]))
show.(quote(do: foo.bar))
show.(quote(do: @attr))
show.(quote(do: <<1, 2::size(4)>>))
show.(quote(do: %{map | k: 1}))
show.(quote(do: &(&1 + 1)))
show.(quote(do: case(x, do: (1 -> :one; _ -> :other))))
{:+, _meta, [l, r]} = quote(do: 5 + 6)
IO.inspect({l, r})
IO.inspect(quote(do: sum(1, x)))
IO.inspect(quote(line: 10, do: hello))
IO.inspect(quote(do: 1 + 2))
