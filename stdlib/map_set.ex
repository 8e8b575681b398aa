defmodule MapSet do
  @moduledoc """
  Sets of unique values, stored as the keys of a map.

  Any term can be a member; membership is decided by exact match (`===`),
  so `1` and `1.0` are different members. The fields of the struct are
  private: use the functions of this module.
  """

  defstruct map: %{}, version: 2

  @type value :: term
  @opaque internal(value) :: %{optional(value) => []}
  @type t(value) :: %MapSet{map: internal(value)}
  @type t :: t(term)

  defp wrap(map), do: %{__struct__: MapSet, map: map, version: 2}

  @doc "Returns an empty set."
  @spec new :: t
  def new, do: wrap(%{})

  @doc "Returns a set of the elements of `enumerable`."
  @spec new(Enumerable.t()) :: t
  def new(%{__struct__: MapSet} = map_set), do: map_set
  def new(enumerable) when is_list(enumerable), do: wrap(:maps.from_keys(enumerable, []))
  def new(enumerable), do: wrap(:maps.from_keys(Enum.to_list(enumerable), []))

  @doc "Returns a set of the elements of `enumerable`, each passed through `transform`."
  @spec new(Enumerable.t(), (term -> val)) :: t(val) when val: value
  def new(enumerable, transform) when is_function(transform, 1) do
    wrap(:maps.from_keys(Enum.map(enumerable, transform), []))
  end

  @doc "Returns the set without `value`."
  @spec delete(t(val1), val2) :: t(val1) when val1: value, val2: value
  def delete(%{__struct__: MapSet, map: map} = map_set, value) do
    %{map_set | map: :maps.remove(value, map)}
  end

  @doc "Returns the members of the first set that are not in the second."
  @spec difference(t(val1), t(val2)) :: t(val1) when val1: value, val2: value
  def difference(%{__struct__: MapSet, map: map1} = map_set, %{__struct__: MapSet, map: map2}) do
    %{map_set | map: :maps.without(:maps.keys(map2), map1)}
  end

  @doc "Returns `true` when the two sets have no member in common."
  @spec disjoint?(t, t) :: boolean
  def disjoint?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}) do
    {small, large} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    none_in?(:maps.keys(small), large)
  end

  defp none_in?([], _map), do: true
  defp none_in?([key | rest], map), do: not :maps.is_key(key, map) and none_in?(rest, map)

  defp all_in?([], _map), do: true
  defp all_in?([key | rest], map), do: :maps.is_key(key, map) and all_in?(rest, map)

  @doc "Returns `true` when the two sets have exactly the same members."
  @spec equal?(t, t) :: boolean
  def equal?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}) do
    map_size(map1) == map_size(map2) and all_in?(:maps.keys(map1), map2)
  end

  @doc "Keeps the members for which `fun` returns a truthy value."
  @spec filter(t(a), (a -> as_boolean(term))) :: t(a) when a: value
  def filter(%{__struct__: MapSet, map: map} = map_set, fun) when is_function(fun, 1) do
    %{map_set | map: :maps.from_keys(Enum.filter(:maps.keys(map), fun), [])}
  end

  @doc "Drops the members for which `fun` returns a truthy value."
  @spec reject(t(a), (a -> as_boolean(term))) :: t(a) when a: value
  def reject(%{__struct__: MapSet, map: map} = map_set, fun) when is_function(fun, 1) do
    %{map_set | map: :maps.from_keys(Enum.reject(:maps.keys(map), fun), [])}
  end

  @doc "Returns the members found in both sets."
  @spec intersection(t(val), t(val)) :: t(val) when val: value
  def intersection(%{__struct__: MapSet, map: map1} = map_set, %{__struct__: MapSet, map: map2}) do
    {small, large} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    %{map_set | map: :maps.with(:maps.keys(small), large)}
  end

  @doc "Returns `true` when `value` is a member of the set."
  @spec member?(t, value) :: boolean
  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)

  @doc "Returns the set with `value` added."
  @spec put(t(val), new_val) :: t(val | new_val) when val: value, new_val: value
  def put(%{__struct__: MapSet, map: map} = map_set, value) do
    %{map_set | map: :maps.put(value, [], map)}
  end

  @doc "Returns the number of members."
  @spec size(t) :: non_neg_integer
  def size(%{__struct__: MapSet, map: map}), do: map_size(map)

  @doc "Returns `true` when every member of the first set is in the second."
  @spec subset?(t, t) :: boolean
  def subset?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}) do
    map_size(map1) <= map_size(map2) and all_in?(:maps.keys(map1), map2)
  end

  @doc "Returns the members that are in exactly one of the two sets."
  @spec symmetric_difference(t(val1), t(val2)) :: t(val1 | val2) when val1: value, val2: value
  def symmetric_difference(%{__struct__: MapSet, map: map1} = map_set, %{__struct__: MapSet, map: map2}) do
    keys1 = :maps.keys(map1)
    keys2 = :maps.keys(map2)
    only1 = :maps.without(keys2, map1)
    only2 = :maps.without(keys1, map2)
    %{map_set | map: :maps.merge(only1, only2)}
  end

  @doc "Returns the members as a list, in term order."
  @spec to_list(t(val)) :: [val] when val: value
  def to_list(%{__struct__: MapSet, map: map}), do: :maps.keys(map)

  @doc "Returns the members of both sets."
  @spec union(t(val1), t(val2)) :: t(val1 | val2) when val1: value, val2: value
  def union(%{__struct__: MapSet, map: map1} = map_set, %{__struct__: MapSet, map: map2}) do
    %{map_set | map: :maps.merge(map1, map2)}
  end
end

defimpl Enumerable, for: MapSet do
  def count(map_set), do: {:ok, MapSet.size(map_set)}
  def member?(map_set, value), do: {:ok, MapSet.member?(map_set, value)}
  def slice(map_set), do: {:ok, MapSet.size(map_set), &MapSet.to_list/1}
  # (through the list's reduce, as Elixir's: its frame shows)
  def reduce(map_set, acc, fun), do: Enumerable.List.reduce(MapSet.to_list(map_set), acc, fun)
end

defimpl Collectable, for: MapSet do
  def into(%{map: map} = map_set) do
    collector = fn
      acc, {:cont, value} -> :maps.put(value, [], acc)
      acc, :done -> %{map_set | map: acc}
      _acc, :halt -> :ok
    end

    {map, collector}
  end
end

defimpl Inspect, for: MapSet do
  def inspect(map_set, opts) do
    Inspect.Algebra.concat([
      "MapSet.new(",
      Inspect.Algebra.to_doc(MapSet.to_list(map_set), opts),
      ")"
    ])
  end
end
