# An immutable binary search tree built from tuples.
defmodule Tree do
  def new, do: nil

  def insert(nil, v), do: {nil, v, nil}
  def insert({l, x, r}, v) when v < x, do: {insert(l, v), x, r}
  def insert({l, x, r}, v) when v > x, do: {l, x, insert(r, v)}
  def insert(tree, _v), do: tree

  def member?(nil, _), do: false
  def member?({_, x, _}, x), do: true
  def member?({l, x, _}, v) when v < x, do: member?(l, v)
  def member?({_, _, r}, v), do: member?(r, v)

  def to_list(nil), do: []
  def to_list({l, x, r}), do: to_list(l) ++ [x] ++ to_list(r)

  def height(nil), do: 0
  def height({l, _, r}), do: 1 + max(height(l), height(r))

  def fold(nil, acc, _f), do: acc
  def fold({l, x, r}, acc, f), do: fold(r, f.(x, fold(l, acc, f)), f)
end

tree = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 30], Tree.new(), &Tree.insert(&2, &1))
IO.inspect(tree)
IO.inspect(Tree.to_list(tree))
IO.inspect(Tree.height(tree))
IO.inspect({Tree.member?(tree, 60), Tree.member?(tree, 65)})
IO.inspect(Tree.fold(tree, 0, &+/2))
big = Enum.reduce(1..1000, nil, &Tree.insert(&2, &1))
IO.inspect(Tree.height(big))
