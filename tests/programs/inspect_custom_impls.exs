# User Inspect implementations: called at any depth, given the right limits and options,
# built with Inspect.Algebra (concat, container_doc, to_doc, nest, glue, color, ...).
defmodule Money do
  defstruct amount: 0, currency: :eur
end

defimpl Inspect, for: Money do
  def inspect(%Money{amount: a, currency: c}, _opts), do: "#Money<#{a} #{c}>"
end

defmodule Stack do
  defstruct items: []
end

defimpl Inspect, for: Stack do
  import Inspect.Algebra

  def inspect(%Stack{items: items}, opts) do
    container_doc("#Stack<", items, ">", opts, fn item, o -> to_doc(item, o) end, break: :flex)
  end
end

defmodule Pair do
  defstruct [:left, :right]
end

defimpl Inspect, for: Pair do
  import Inspect.Algebra

  def inspect(%Pair{left: l, right: r}, opts) do
    group(concat(["<", nest(glue(to_doc(l, opts), "&", to_doc(r, opts)), 2), ">"]))
  end
end

defmodule Tree do
  defstruct value: nil, children: []
end

defimpl Inspect, for: Tree do
  import Inspect.Algebra

  def inspect(%Tree{value: v, children: []}, opts), do: concat(["(", to_doc(v, opts), ")"])

  def inspect(%Tree{value: v, children: kids}, opts) do
    container_doc(concat(["(", to_doc(v, opts), " "]), kids, ")", opts, &to_doc/2)
  end
end

defmodule Opty do
  defstruct [:x]
end

defimpl Inspect, for: Opty do
  import Inspect.Algebra

  def inspect(%Opty{x: x}, opts) do
    style = Keyword.get(opts.custom_options, :style, :plain)
    concat(["#Opty<", to_string(style), " limit=", to_string(opts.limit), " ", to_doc(x, opts), ">"])
  end
end

defmodule Shout do
  defstruct [:word]
end

defimpl Inspect, for: Shout do
  import Inspect.Algebra

  def inspect(%Shout{word: w}, opts) do
    concat([color("!", :atom, opts), string(String.upcase(w)), color("!", :atom, opts)])
  end
end

defmodule Main do
  def run do
    IO.inspect(%Money{amount: 5})
    IO.inspect([%Money{amount: 1}, {%Money{amount: 2, currency: :usd}}, %{m: %Money{}}])
    IO.inspect(%{deep: [nested: {:x, [%Money{amount: 3}]}]})
    IO.puts("in a string: #{inspect(%Money{amount: 7})}")
    IO.inspect(%Stack{items: [1, :two, "three", [4]]})
    IO.inspect(%Stack{items: Enum.to_list(1..60)})
    IO.inspect(%Stack{items: Enum.to_list(1..60)}, limit: 5)
    IO.inspect(%Stack{items: []})
    IO.inspect(%Stack{items: [%Money{amount: 1}, %Stack{items: [%Money{amount: 2}]}]})
    IO.inspect([stack: %Stack{items: Enum.to_list(1..10)}], limit: 3)
    IO.inspect(%Pair{left: 1, right: 2})
    IO.inspect(%Pair{left: String.duplicate("l", 50), right: String.duplicate("r", 50)})
    IO.inspect(%Pair{left: %Pair{left: :a, right: :b}, right: %Money{}})
    tree = %Tree{value: 1, children: [%Tree{value: 2}, %Tree{value: 3, children: [%Tree{value: 4}, %Tree{value: 5}]}]}
    IO.inspect(tree)
    IO.inspect(tree, width: 12)
    IO.inspect(%Opty{x: [1, 2, 3]})
    IO.inspect(%Opty{x: [1, 2, 3]}, custom_options: [style: :fancy], limit: 2)
    IO.puts(inspect(%Opty{x: :y}, custom_options: [style: :inline]))
    IO.inspect(%Shout{word: "hey"})
    IO.puts(inspect(%Shout{word: "hey"}, syntax_colors: [atom: :red]))
    IO.inspect(Inspect.inspect(%Money{amount: 9}, %Inspect.Opts{}))
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.to_doc([%Money{}], %Inspect.Opts{}), 80))
    IO.puts(inspect([%Pair{left: 1, right: 2}], pretty: true, width: 5))
    IO.inspect(%Money{amount: 5}, structs: false)
    IO.inspect([%Stack{items: [1]}], structs: false)
    IO.inspect(Inspect.impl_for(%Money{}))
    IO.inspect(Inspect.impl_for(%{a: 1}))
  end
end

Main.run()
