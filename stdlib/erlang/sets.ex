defmodule :sets do
  @moduledoc """
  Erlang's unordered sets, always in OTP's version 2 form: a map from each
  element to `[]`. (OTP's default version 1 is a hash-table record, so a
  printed set and the order of `to_list/1` differ from OTP's.)
  """

  def new, do: %{}
  def new(_options), do: %{}
  def from_list(list) when is_list(list), do: Map.from_keys(list, [])
  def from_list(list, _options), do: from_list(list)
  def to_list(set) when is_map(set), do: Map.keys(set)
  def size(set) when is_map(set), do: map_size(set)
  def is_empty(set) when is_map(set), do: map_size(set) == 0
  def is_set(set), do: is_map(set) and Enum.all?(set, fn {_, v} -> v == [] end)
  def is_element(x, set) when is_map(set), do: Map.has_key?(set, x)
  def add_element(x, set) when is_map(set), do: Map.put(set, x, [])
  def del_element(x, set) when is_map(set), do: Map.delete(set, x)
  def union(a, b) when is_map(a) and is_map(b), do: Map.merge(a, b)
  def union(sets) when is_list(sets), do: Enum.reduce(sets, %{}, &Map.merge(&2, &1))
  def intersection(a, b) when is_map(a) and is_map(b), do: Map.take(a, Map.keys(b))
  def intersection([first | rest]), do: Enum.reduce(rest, first, &intersection(&2, &1))
  def subtract(a, b) when is_map(a) and is_map(b), do: Map.drop(a, Map.keys(b))
  def is_subset(a, b), do: Enum.all?(Map.keys(a), &Map.has_key?(b, &1))
  def is_disjoint(a, b), do: not Enum.any?(Map.keys(a), &Map.has_key?(b, &1))
  def is_equal(a, b), do: Map.keys(a) == Map.keys(b)
  def fold(fun, acc, set), do: :lists.foldl(fun, acc, Map.keys(set))
  def filter(pred, set), do: Map.filter(set, fn {k, _} -> pred.(k) end)
  def map(fun, set), do: set |> Map.keys() |> Enum.map(fun) |> from_list()
  def filtermap(fun, set), do: set |> Map.keys() |> :lists.filtermap(fun) |> from_list()
end
