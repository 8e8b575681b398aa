defmodule Money do
  defstruct amount: 0, currency: :USD

  defimpl String.Chars do
    def to_string(%Money{amount: a, currency: c}) do
      whole = div(a, 100)
      cents = rem(abs(a), 100) |> Integer.to_string() |> String.pad_leading(2, "0")
      "#{whole}.#{cents} #{c}"
    end
  end

  defimpl Inspect do
    def inspect(m, _opts), do: "#Money<#{m}>"
  end
end

defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct user: nil, password: nil, token: nil
end

defmodule Hidden do
  @derive {Inspect, except: [:password]}
  defstruct [:user, :password, :age]
end

defmodule Point do
  defstruct x: 0, y: 0
end

defimpl Inspect, for: Point do
  import Inspect.Algebra

  def inspect(%Point{x: x, y: y}, opts) do
    container_doc("#Point<", [x, y], ">", opts, fn i, o -> to_doc(i, o) end, separator: ",")
  end
end

defmodule Tagged do
  defstruct [:tag, :items]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{tag: tag, items: items}, opts) do
      concat([
        color("#Tagged", :map, opts),
        "(",
        to_doc(tag, opts),
        ")",
        nest(concat([line(), to_doc(items, opts)]), 2)
      ])
      |> group()
    end
  end
end

defmodule Main do
  def run do
    m = %Money{amount: 12345}
    IO.puts(m)
    IO.puts("Total: #{m}")
    IO.inspect(m)
    IO.inspect([m, %Money{amount: -5, currency: :EUR}])
    IO.puts(inspect(%{price: m}))
    IO.inspect(to_string(m))
    IO.inspect(Enum.join([m, m], " + "))
    IO.inspect(%Secret{user: "ann", password: "hunter2", token: "abc"})
    IO.inspect(%Hidden{user: "bob", password: "pw", age: 33})
    IO.inspect(%Point{x: 1, y: -2})
    IO.inspect(Enum.map(1..12, &%Point{x: &1, y: &1 * 100}))
    IO.inspect(%Tagged{tag: :short, items: [1, 2]})
    IO.inspect(%Tagged{tag: :long, items: Enum.to_list(1..40)})
    IO.inspect(%Tagged{tag: :long, items: Enum.to_list(1..40)}, limit: 5)
    IO.inspect(%Secret{user: "x"}, structs: false)
    IO.puts(to_string(:atom) <> to_string(12) <> to_string(1.5) <> to_string([?a, "b", [?c]]) <> to_string(nil))
    IO.puts("#{:sym} #{3} #{2.0} #{"s"} #{[?x, ?y]}")
    IO.inspect(inspect(m, pretty: true))
    IO.inspect(Kernel.inspect(%Point{}, structs: false))

    try do
      "#{%Point{}}"
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    try do
      "#{{1, 2}}"
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      to_string(%{a: 1})
    rescue
      e -> IO.inspect(e.__struct__)
    end

    IO.inspect(String.Chars.impl_for(m))
    IO.inspect(Inspect.impl_for(%Point{}))
  end
end

Main.run()
