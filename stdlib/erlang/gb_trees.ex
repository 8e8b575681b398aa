defmodule :gb_trees do
  @moduledoc """
  Erlang's general balanced trees: `{size, tree}` with `{key, value, smaller,
  bigger}` nodes. Insertion rebalances a subtree once its height passes twice
  the log of its size, as OTP does, so the shapes (and printed trees) agree.
  """

  def empty, do: {0, nil}
  def is_empty({0, nil}), do: true
  def is_empty({_, _}), do: false
  def size({size, _}) when is_integer(size), do: size

  def lookup(key, {_, tree}), do: lookup_1(key, tree)

  defp lookup_1(key, {k, _, smaller, _}) when key < k, do: lookup_1(key, smaller)
  defp lookup_1(key, {k, _, _, bigger}) when key > k, do: lookup_1(key, bigger)
  defp lookup_1(_, {_, value, _, _}), do: {:value, value}
  defp lookup_1(_, nil), do: :none

  def is_defined(key, tree), do: lookup(key, tree) != :none

  def get(key, tree) do
    case lookup(key, tree) do
      {:value, value} -> value
      :none -> :erlang.error(:function_clause)
    end
  end

  def update(key, value, {size, tree}), do: {size, update_1(key, value, tree)}

  defp update_1(key, value, {k, v, smaller, bigger}) when key < k, do: {k, v, update_1(key, value, smaller), bigger}
  defp update_1(key, value, {k, v, smaller, bigger}) when key > k, do: {k, v, smaller, update_1(key, value, bigger)}
  defp update_1(_key, value, {k, _, smaller, bigger}), do: {k, value, smaller, bigger}

  def enter(key, value, tree) do
    if is_defined(key, tree), do: update(key, value, tree), else: insert(key, value, tree)
  end

  def insert(key, value, {size, tree}) when is_integer(size) do
    size = size + 1
    {size, insert_1(key, value, tree, size * size)}
  end

  defp insert_1(key, value, {k, v, smaller, bigger}, s) when key < k do
    case insert_1(key, value, smaller, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} -> grown({k, v, t1, bigger}, h1, s1, bigger)
      t1 -> {k, v, t1, bigger}
    end
  end

  defp insert_1(key, value, {k, v, smaller, bigger}, s) when key > k do
    case insert_1(key, value, bigger, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} -> grown({k, v, smaller, t1}, h1, s1, smaller)
      t1 -> {k, v, smaller, t1}
    end
  end

  defp insert_1(key, value, nil, 0), do: {{key, value, nil, nil}, 1, 1}
  defp insert_1(key, value, nil, _s), do: {key, value, nil, nil}
  defp insert_1(key, _value, _tree, _s), do: :erlang.error({:key_exists, key})

  # A subtree whose grown side came back with its height and size: rebalanced
  # if now too tall, else passed up for the same check.
  defp grown(tree, h1, s1, other) do
    {h2, s2} = count(other)
    h = Bitwise.bsl(max(h1, h2), 1)
    size = s1 + s2 + 1
    if h > size * size, do: balance_tree(tree, size), else: {tree, h, size}
  end

  defp count({_, _, nil, nil}), do: {1, 1}

  defp count({_, _, smaller, bigger}) do
    {h1, s1} = count(smaller)
    {h2, s2} = count(bigger)
    {Bitwise.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def balance({size, tree}), do: {size, balance_tree(tree, size)}

  defp balance_tree(tree, size), do: tree |> to_list_1([]) |> build(size) |> elem(0)

  @doc false
  # A balanced tree of the first `size` pairs of `list`, and the rest.
  def build(list, size) when size > 1 do
    rest = size - 1
    s2 = div(rest, 2)
    s1 = rest - s2
    {t1, [{k, v} | l1]} = build(list, s1)
    {t2, l2} = build(l1, s2)
    {{k, v, t1, t2}, l2}
  end

  def build([{k, v} | list], 1), do: {{k, v, nil, nil}, list}
  def build(list, 0), do: {nil, list}

  def from_orddict(list) do
    size = length(list)
    {size, list |> build(size) |> elem(0)}
  end

  def delete(key, {size, tree}), do: {size - 1, delete_1(key, tree)}

  defp delete_1(key, {k, v, smaller, bigger}) when key < k, do: {k, v, delete_1(key, smaller), bigger}
  defp delete_1(key, {k, v, smaller, bigger}) when key > k, do: {k, v, smaller, delete_1(key, bigger)}
  defp delete_1(_key, {_, _, smaller, bigger}), do: merge(smaller, bigger)

  def delete_any(key, tree), do: if(is_defined(key, tree), do: delete(key, tree), else: tree)

  def take(key, tree), do: {get(key, tree), delete(key, tree)}

  def take_any(key, tree) do
    case lookup(key, tree) do
      {:value, value} -> {value, delete(key, tree)}
      :none -> :error
    end
  end

  defp merge(smaller, nil), do: smaller
  defp merge(nil, bigger), do: bigger

  defp merge(smaller, bigger) do
    {k, v, bigger1} = take_smallest1(bigger)
    {k, v, smaller, bigger1}
  end

  def smallest({_, tree}), do: smallest_1(tree)
  defp smallest_1({k, v, nil, _}), do: {k, v}
  defp smallest_1({_, _, smaller, _}), do: smallest_1(smaller)

  def largest({_, tree}), do: largest_1(tree)
  defp largest_1({k, v, _, nil}), do: {k, v}
  defp largest_1({_, _, _, bigger}), do: largest_1(bigger)

  def take_smallest({size, tree}) do
    {k, v, tree} = take_smallest1(tree)
    {k, v, {size - 1, tree}}
  end

  defp take_smallest1({k, v, nil, bigger}), do: {k, v, bigger}

  defp take_smallest1({k, v, smaller, bigger}) do
    {k1, v1, smaller1} = take_smallest1(smaller)
    {k1, v1, {k, v, smaller1, bigger}}
  end

  def take_largest({size, tree}) do
    {k, v, tree} = take_largest1(tree)
    {k, v, {size - 1, tree}}
  end

  defp take_largest1({k, v, smaller, nil}), do: {k, v, smaller}

  defp take_largest1({k, v, smaller, bigger}) do
    {k1, v1, bigger1} = take_largest1(bigger)
    {k1, v1, {k, v, smaller, bigger1}}
  end

  def to_list({_, tree}), do: to_list_1(tree, [])

  defp to_list_1({k, v, smaller, bigger}, acc), do: to_list_1(smaller, [{k, v} | to_list_1(bigger, acc)])
  defp to_list_1(nil, acc), do: acc

  def keys(tree), do: tree |> to_list() |> Enum.map(&elem(&1, 0))
  def values(tree), do: tree |> to_list() |> Enum.map(&elem(&1, 1))

  def map(fun, {size, tree}), do: {size, map_1(fun, tree)}
  defp map_1(_fun, nil), do: nil
  defp map_1(fun, {k, v, smaller, bigger}), do: {k, fun.(k, v), map_1(fun, smaller), map_1(fun, bigger)}

  def iterator({_, tree}), do: iterator_1(tree, [])

  defp iterator_1({_, _, nil, _} = tree, acc), do: [tree | acc]
  defp iterator_1({_, _, smaller, _} = tree, acc), do: iterator_1(smaller, [tree | acc])
  defp iterator_1(nil, acc), do: acc

  def next([{k, v, _, bigger} | acc]), do: {k, v, iterator_1(bigger, acc)}
  def next([]), do: :none
end

defmodule :gb_sets do
  @moduledoc "Erlang's general balanced sets: `:gb_trees` with `{key, smaller, bigger}` nodes."

  def empty, do: {0, nil}
  def new, do: empty()
  def singleton(key), do: {1, {key, nil, nil}}
  def is_empty({0, nil}), do: true
  def is_empty({_, _}), do: false
  def size({size, _}), do: size

  def is_member(key, {_, tree}), do: member_1(key, tree)
  def is_element(key, set), do: is_member(key, set)
  defp member_1(key, {k, smaller, _}) when key < k, do: member_1(key, smaller)
  defp member_1(key, {k, _, bigger}) when key > k, do: member_1(key, bigger)
  defp member_1(_, {_, _, _}), do: true
  defp member_1(_, nil), do: false

  def add(key, set), do: if(is_member(key, set), do: set, else: insert(key, set))
  def add_element(key, set), do: add(key, set)

  def insert(key, {size, tree}) do
    size = size + 1
    {size, insert_1(key, tree, size * size)}
  end

  # A node is a 3-tuple too: the grown-subtree triple is told apart by its
  # integer height.
  defp insert_1(key, {k, smaller, bigger}, s) when key < k do
    case insert_1(key, smaller, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) -> grown({k, t1, bigger}, h1, s1, bigger)
      t1 -> {k, t1, bigger}
    end
  end

  defp insert_1(key, {k, smaller, bigger}, s) when key > k do
    case insert_1(key, bigger, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} when is_integer(h1) -> grown({k, smaller, t1}, h1, s1, smaller)
      t1 -> {k, smaller, t1}
    end
  end

  defp insert_1(key, nil, 0), do: {{key, nil, nil}, 1, 1}
  defp insert_1(key, nil, _s), do: {key, nil, nil}
  defp insert_1(key, _tree, _s), do: :erlang.error({:key_exists, key})

  defp grown(tree, h1, s1, other) do
    {h2, s2} = count(other)
    h = Bitwise.bsl(max(h1, h2), 1)
    size = s1 + s2 + 1
    if h > size * size, do: balance_tree(tree, size), else: {tree, h, size}
  end

  defp count({_, nil, nil}), do: {1, 1}

  defp count({_, smaller, bigger}) do
    {h1, s1} = count(smaller)
    {h2, s2} = count(bigger)
    {Bitwise.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def balance({size, tree}), do: {size, balance_tree(tree, size)}
  defp balance_tree(tree, size), do: tree |> to_list_1([]) |> build(size) |> elem(0)

  defp build(list, size) when size > 1 do
    rest = size - 1
    s2 = div(rest, 2)
    s1 = rest - s2
    {t1, [k | l1]} = build(list, s1)
    {t2, l2} = build(l1, s2)
    {{k, t1, t2}, l2}
  end

  defp build([k | list], 1), do: {{k, nil, nil}, list}
  defp build(list, 0), do: {nil, list}

  def from_ordset(list) do
    size = length(list)
    {size, list |> build(size) |> elem(0)}
  end

  def from_list(list), do: list |> :lists.usort() |> from_ordset()

  def to_list({_, tree}), do: to_list_1(tree, [])
  defp to_list_1({k, smaller, bigger}, acc), do: to_list_1(smaller, [k | to_list_1(bigger, acc)])
  defp to_list_1(nil, acc), do: acc

  def delete(key, {size, tree}), do: {size - 1, delete_1(key, tree)}
  defp delete_1(key, {k, smaller, bigger}) when key < k, do: {k, delete_1(key, smaller), bigger}
  defp delete_1(key, {k, smaller, bigger}) when key > k, do: {k, smaller, delete_1(key, bigger)}
  defp delete_1(_key, {_, smaller, bigger}), do: merge(smaller, bigger)

  def delete_any(key, set), do: if(is_member(key, set), do: delete(key, set), else: set)
  def del_element(key, set), do: delete_any(key, set)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, bigger), do: bigger

  defp merge(smaller, bigger) do
    {k, bigger1} = take_smallest1(bigger)
    {k, smaller, bigger1}
  end

  def smallest({_, tree}), do: smallest_1(tree)
  defp smallest_1({k, nil, _}), do: k
  defp smallest_1({_, smaller, _}), do: smallest_1(smaller)

  def largest({_, tree}), do: largest_1(tree)
  defp largest_1({k, _, nil}), do: k
  defp largest_1({_, _, bigger}), do: largest_1(bigger)

  def take_smallest({size, tree}) do
    {k, tree} = take_smallest1(tree)
    {k, {size - 1, tree}}
  end

  defp take_smallest1({k, nil, bigger}), do: {k, bigger}

  defp take_smallest1({k, smaller, bigger}) do
    {k1, smaller1} = take_smallest1(smaller)
    {k1, {k, smaller1, bigger}}
  end

  def take_largest({size, tree}) do
    {k, tree} = take_largest1(tree)
    {k, {size - 1, tree}}
  end

  defp take_largest1({k, smaller, nil}), do: {k, smaller}

  defp take_largest1({k, smaller, bigger}) do
    {k1, bigger1} = take_largest1(bigger)
    {k1, {k, smaller, bigger1}}
  end

  def union(a, b), do: from_ordset(:ordsets.union(to_list(a), to_list(b)))
  def union(sets), do: from_ordset(:ordsets.union(Enum.map(sets, &to_list/1)))
  def intersection(a, b), do: from_ordset(:ordsets.intersection(to_list(a), to_list(b)))
  def difference(a, b), do: from_ordset(:ordsets.subtract(to_list(a), to_list(b)))
  def subtract(a, b), do: difference(a, b)
  def is_subset(a, b), do: :ordsets.is_subset(to_list(a), to_list(b))
  def is_disjoint(a, b), do: :ordsets.is_disjoint(to_list(a), to_list(b))
  def filter(pred, set), do: from_ordset(Enum.filter(to_list(set), pred))
  def fold(fun, acc, set), do: :lists.foldl(fun, acc, to_list(set))
  def is_set({size, _}) when is_integer(size), do: true
  def is_set(_), do: false

  def iterator({_, tree}), do: iterator_1(tree, [])
  defp iterator_1({_, nil, _} = tree, acc), do: [tree | acc]
  defp iterator_1({_, smaller, _} = tree, acc), do: iterator_1(smaller, [tree | acc])
  defp iterator_1(nil, acc), do: acc

  def next([{k, _, bigger} | acc]), do: {k, iterator_1(bigger, acc)}
  def next([]), do: :none
end
