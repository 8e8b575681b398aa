# Building output efficiently with IO lists.
defmodule Html do
  def tag(name, attrs, children) do
    ["<", name, attrs(attrs), ">", children, "</", name, ">"]
  end

  defp attrs([]), do: []
  defp attrs(attrs), do: Enum.map(attrs, fn {k, v} -> [" ", to_string(k), "=\"", v, "\""] end)
end

page =
  Html.tag("ul", [class: "list"], [
    Html.tag("li", [], "one"),
    Html.tag("li", [id: "x"], ["t", ?w, 'o'])
  ])

IO.puts(page)
IO.inspect(IO.iodata_length(page))
IO.inspect(IO.iodata_to_binary(page))

report = Enum.map(1..3, fn i -> [Integer.to_string(i), ". ", String.duplicate("*", i), ?\n] end)
IO.write(report)
IO.inspect(report)
IO.inspect(:erlang.iolist_to_binary([<<1, 2>>, [3, [4]], "5"]))
IO.inspect(IO.iodata_to_binary([]))
IO.inspect(is_list(page))
