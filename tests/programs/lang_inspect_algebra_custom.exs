defmodule Matrix do
  defstruct rows: []
end

defimpl Inspect, for: Matrix do
  import Inspect.Algebra

  def inspect(%Matrix{rows: rows}, opts) do
    row_docs = Enum.map(rows, fn row -> container_doc("[", row, "]", opts, &to_doc/2) end)
    concat([string("#Matrix<"), nest(concat([break(""), fold_doc(row_docs, &glue(&1, &2))]), 2), break(""), ">"])
    |> group()
  end
end

defmodule Pair do
  defstruct [:left, :right]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{left: l, right: r}, opts) do
      concat(["<", to_doc(l, opts), space("", "|"), to_doc(r, opts), ">"])
    end
  end
end

defmodule Broken do
  defstruct x: 1

  defimpl Inspect do
    def inspect(_, _), do: raise("inspect failed")
  end
end

defmodule Labeled do
  defstruct [:label, :items]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{label: label, items: items}, opts) do
      open = color("#Labeled<" <> label <> " ", :map, opts)
      container_doc(open, items, ">", opts, fn {k, v}, o -> concat([to_doc(k, o), " => ", to_doc(v, o)]) end, separator: ";")
    end
  end
end

defmodule Main do
  import Inspect.Algebra

  def run do
    IO.inspect(%Matrix{rows: [[1, 2], [3, 4]]})
    IO.inspect(%Matrix{rows: Enum.map(1..6, fn i -> Enum.to_list(i..(i + 9)) end)})
    IO.inspect(%Pair{left: 1, right: %Pair{left: "a", right: :b}})
    IO.inspect([%Pair{left: 1, right: 2}], label: "pairs")
    IO.inspect(%Labeled{label: "kv", items: [a: 1, b: 2]})
    IO.inspect(%Labeled{label: "many", items: Enum.map(1..20, &{&1, String.duplicate("x", &1)})})
    IO.inspect(%Labeled{label: "lim", items: Enum.map(1..20, &{&1, &1})}, limit: 3)
    doc = glue("hello", "world")
    IO.puts(format(doc, 80) |> IO.iodata_to_binary())
    IO.puts(format(group(doc), 5) |> IO.iodata_to_binary())
    IO.puts(format(nest(concat(["a", line(), "b"]), 4), 80) |> IO.iodata_to_binary())
    IO.puts(format(group(concat(["[", nest(concat([break(""), "x", ",", break(), "y"]), 2), break(""), "]"])), 3) |> IO.iodata_to_binary())
    IO.puts(format(fold_doc(["a", "b", "c"], &concat(&1, concat(", ", &2))), 80) |> IO.iodata_to_binary())
    IO.puts(format(to_doc(%{a: [1, 2]}, %Inspect.Opts{}), 80) |> IO.iodata_to_binary())
    IO.puts(format(empty(), 80) |> IO.iodata_to_binary() |> inspect())
    IO.puts("after broken")
  end
end

Main.run()
