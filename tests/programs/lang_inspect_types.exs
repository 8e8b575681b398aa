defmodule Main do
  def run do
    values = [
      0, -1, 1_000_000, 12345678901234567890, 0x1F, 0o17, 0b101,
      1.0, -0.5, 1.0e10, 1.0e-10, 123456789.123, 0.1 + 0.2, 1.0e16, 2.5e-5,
      :atom, :"with space", :"quoted-atom", :Elixir, Elixir.Foo, :"Elixir.foo", nil, true, false, :+, :"@", :..,
      :"9lives", :ok?, :bang!, :__struct__, :"foo.bar", :"Foo.Bar",
      "string", "with \"quotes\"", "new\nline", "tab\t", "\u0000", "é", <<200>>, <<>>, <<1::1>>, <<1, 2::4>>,
      ~c"charlist", [104, 105], [7, 8], [0], ~c"with\nnewline", [?a | ?b],
      [], [1, [2, [3]]], [a: 1], [{:a, 1}, {"b", 2}], [{:"a b", 1}],
      {}, {1}, {:ok, "x"}, {1, 2, 3, 4},
      %{}, %{a: 1}, %{"a" => 1}, %{1 => 2, :b => 3}, %{{1, 2} => [3]},
      1..3, 1..10//2, 3..1//-1, -1..-5//-1,
      MapSet.new([3, 1, 2]), MapSet.new(),
      ~r/foo(bar)?/iu, ~D[2024-01-02], ~T[01:02:03.004], ~N[2024-01-02 03:04:05],
      &Enum.map/2, &:lists.sort/1, URI.parse("http://x.com/p?q=1"),
      %ArgumentError{message: "m"}
    ]

    for v <- values, do: IO.puts(inspect(v))
    IO.puts(inspect([1, 2, 3], charlists: :as_lists))
    IO.puts(inspect(~c"abc", charlists: :as_lists))
    IO.puts(inspect([97, 98], charlists: :as_charlists))
    IO.puts(inspect("abc", binaries: :as_binaries))
    IO.puts(inspect(<<0, 1>>, base: :hex))
    IO.puts(inspect(255, base: :hex))
    IO.puts(inspect(255, base: :binary))
    IO.puts(inspect(-255, base: :octal))
    IO.puts(inspect(%{b: 1, a: 2, c: 3}))
    IO.puts(inspect(Map.new(1..30, &{&1, &1})))
    IO.puts(inspect(Map.new(1..30, &{&1, &1}), limit: 5))
    IO.puts(inspect("a long string", printable_limit: 4))
    IO.puts(inspect([1, 2, 3], limit: 2))
    IO.puts(inspect({1, 2, 3}, limit: 2))
    IO.puts(inspect(:atom, syntax_colors: [atom: :red]) == inspect(:atom))
    IO.puts(inspect([a: 1, b: 2], pretty: true, width: 5))
    IO.puts(inspect(1.0e100))
    IO.puts(inspect(1.0e-100))
    IO.puts(inspect(100.0))
    IO.puts(inspect(1.5e300 * 10))
    IO.inspect(1, label: "one")
    IO.inspect([1, 2], label: :atom_label)
    IO.inspect("x", label: "str", limit: 1)
  end
end

Main.run()
