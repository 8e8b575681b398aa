defmodule Deep do
  defstruct name: nil, children: [], meta: %{}
end

defmodule Main do
  def run do
    long_list = Enum.to_list(1..60)
    IO.inspect(long_list)
    IO.inspect(long_list, limit: 10)
    IO.inspect(long_list, limit: :infinity, width: 40)
    words = ~w(alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho)
    IO.inspect(words)
    IO.inspect(Enum.map(words, &String.to_atom/1))
    IO.inspect(Map.new(Enum.with_index(words)))
    IO.inspect(Enum.zip(words, 1..17) |> Enum.take(8))
    kw = for {w, i} <- Enum.with_index(words), i < 9, do: {String.to_atom(w), String.duplicate(w, 2)}
    IO.inspect(kw)
    tree = %Deep{name: "root", children: [%Deep{name: "a", meta: %{depth: 1, tags: [:x, :y]}}, %Deep{name: "b", children: [%Deep{name: "c"}]}]}
    IO.inspect(tree)
    IO.inspect(tree, width: 120)
    IO.inspect({:ok, tree.children, "some fairly long string to push things over the limit"})
    IO.inspect(%{"key with spaces" => [1, 2, 3], :atom_key => {1, 2}, 3 => :three, [1] => "list key"})
    IO.inspect(%{a: 1, b: 2, c: %{d: [e: 1, f: [g: 2, h: "a long string value here"], i: "another long value"]}})
    IO.inspect(String.duplicate("abc", 40))
    IO.inspect(String.duplicate("abc\n", 10))
    IO.inspect([String.duplicate("x", 70), String.duplicate("y", 20)])
    IO.inspect({1, {2, {3, {4, {5, {6, {7, {8, {9, {10, {11, {12, {13, {14, {15}}}}}}}}}}}}}}})
    IO.inspect(List.duplicate(%{x: 1, y: 2}, 6))
    IO.inspect(1..10 |> Enum.map(&(&1 * 1.5)))
    IO.inspect(Enum.chunk_every(1..30, 5))
    IO.inspect([~c"hello", ~c"world", [104, 105, 0], [1000, 2000]])
    IO.inspect(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28>>)
    IO.inspect(String.duplicate("é", 50), limit: 10)
    IO.inspect(:crypto_not_loaded_atom_with_long_name_that_is_still_fine, width: 10)
    IO.inspect([a: [b: [c: [d: [e: [f: [g: [h: [i: [j: 1]]]]]]]]]])
    IO.inspect(Enum.to_list(1..100), limit: 3, width: 10)
    IO.inspect(MapSet.new(words))
    IO.inspect(%{tree | meta: Map.new(1..12, &{&1, &1 * &1})})
    IO.inspect("tab\there \"quoted\" \\ back \e esc \a \u{1F600}")
    IO.inspect([{"a", 1}, {"b", 2}], label: "pairs with a very long label that goes on and on and on")
  end
end

Main.run()
