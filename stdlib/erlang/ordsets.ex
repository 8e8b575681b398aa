defmodule :ordsets do
  @moduledoc """
  Erlang's ordered sets: plain sorted lists without duplicates (terms equal
  by `==` count once, as in OTP), so every result prints as OTP's does.
  """

  def new, do: []
  def from_list(list) when is_list(list), do: :lists.usort(list)
  def to_list(set) when is_list(set), do: set
  def is_set(set) when is_list(set), do: set == :lists.usort(set)
  def is_set(_), do: false
  def size(set) when is_list(set), do: length(set)
  def is_empty(set) when is_list(set), do: set == []

  def is_element(x, [y | _]) when x < y, do: false
  def is_element(x, [y | rest]) when x > y, do: is_element(x, rest)
  def is_element(_x, [_ | _]), do: true
  def is_element(_x, []), do: false

  def add_element(x, [y | _] = set) when x < y, do: [x | set]
  def add_element(x, [y | rest]) when x > y, do: [y | add_element(x, rest)]
  def add_element(_x, [_ | _] = set), do: set
  def add_element(x, []), do: [x]

  def del_element(x, [y | _] = set) when x < y, do: set
  def del_element(x, [y | rest]) when x > y, do: [y | del_element(x, rest)]
  def del_element(_x, [_ | rest]), do: rest
  def del_element(_x, []), do: []

  def union([x | xs] = a, [y | ys] = b) do
    cond do
      x < y -> [x | union(xs, b)]
      x > y -> [y | union(a, ys)]
      true -> [x | union(xs, ys)]
    end
  end

  def union([], b), do: b
  def union(a, []), do: a
  def union(sets) when is_list(sets), do: Enum.reduce(sets, [], &union(&2, &1))

  def intersection([x | xs] = a, [y | ys] = b) do
    cond do
      x < y -> intersection(xs, b)
      x > y -> intersection(a, ys)
      true -> [x | intersection(xs, ys)]
    end
  end

  def intersection(_, _), do: []
  def intersection([first | rest]), do: Enum.reduce(rest, first, &intersection(&2, &1))

  def subtract([x | xs] = a, [y | ys] = b) do
    cond do
      x < y -> [x | subtract(xs, b)]
      x > y -> subtract(a, ys)
      true -> subtract(xs, ys)
    end
  end

  def subtract(a, []), do: a
  def subtract([], _), do: []

  def is_subset(a, b), do: subtract(a, b) == []
  def is_disjoint(a, b), do: intersection(a, b) == []
  def is_equal(a, b), do: a == b
  def filter(pred, set), do: :lists.filter(pred, set)
  def map(fun, set), do: from_list(:lists.map(fun, set))
  def fold(fun, acc, set), do: :lists.foldl(fun, acc, set)
  def filtermap(fun, set), do: from_list(:lists.filtermap(fun, set))
end

defmodule :orddict do
  @moduledoc "Erlang's ordered dictionaries: lists of `{key, value}` sorted by key."

  def new, do: []
  def from_list(pairs) when is_list(pairs), do: Enum.reduce(pairs, [], fn {k, v}, acc -> store(k, v, acc) end)
  def to_list(dict), do: dict
  def size(dict), do: length(dict)
  def is_empty(dict), do: dict == []
  def fetch_keys(dict), do: Enum.map(dict, &elem(&1, 0))

  def store(key, value, [{k, _} = pair | rest]) when key > k, do: [pair | store(key, value, rest)]
  def store(key, value, [{k, _} | rest]) when key == k, do: [{key, value} | rest]
  def store(key, value, dict), do: [{key, value} | dict]

  def find(key, dict) do
    case List.keyfind(dict, key, 0) do
      {_, value} -> {:ok, value}
      nil -> :error
    end
  end

  def fetch(key, dict) do
    case find(key, dict) do
      {:ok, value} -> value
      :error -> :erlang.error(:function_clause)
    end
  end

  def is_key(key, dict), do: find(key, dict) != :error
  def erase(key, dict), do: Enum.reject(dict, fn {k, _} -> k == key end)

  def take(key, dict) do
    case find(key, dict) do
      {:ok, value} -> {value, erase(key, dict)}
      :error -> :error
    end
  end

  def append(key, value, dict), do: append_list(key, [value], dict)

  def append_list(key, values, dict) do
    case find(key, dict) do
      {:ok, old} -> store(key, old ++ values, dict)
      :error -> store(key, values, dict)
    end
  end

  def update(key, fun, dict) do
    case find(key, dict) do
      {:ok, old} -> store(key, fun.(old), dict)
      :error -> :erlang.error(:function_clause)
    end
  end

  def update(key, fun, initial, dict) do
    case find(key, dict) do
      {:ok, old} -> store(key, fun.(old), dict)
      :error -> store(key, initial, dict)
    end
  end

  def update_counter(key, incr, dict), do: update(key, &(&1 + incr), incr, dict)
  def fold(fun, acc, dict), do: List.foldl(dict, acc, fn {k, v}, a -> fun.(k, v, a) end)
  def map(fun, dict), do: Enum.map(dict, fn {k, v} -> {k, fun.(k, v)} end)
  def filter(pred, dict), do: Enum.filter(dict, fn {k, v} -> pred.(k, v) end)

  def merge(fun, a, b) do
    Enum.reduce(b, a, fn {k, v}, acc ->
      case find(k, acc) do
        {:ok, old} -> store(k, fun.(k, old, v), acc)
        :error -> store(k, v, acc)
      end
    end)
  end
end

defmodule :proplists do
  @moduledoc "Erlang's property lists: `{key, value}` pairs and bare atoms meaning `{atom, true}`."

  def get_value(key, list), do: get_value(key, list, :undefined)

  def get_value(key, [entry | rest], default) do
    case entry do
      {^key, value} -> value
      {^key, _, _} -> :erlang.error(:badarg)
      ^key when is_atom(key) -> true
      t when is_tuple(t) and tuple_size(t) >= 1 and elem(t, 0) === key -> default
      _ -> get_value(key, rest, default)
    end
  end

  def get_value(_key, [], default), do: default

  def get_bool(key, list) do
    case lookup(key, list) do
      {^key, true} -> true
      _ -> false
    end
  end

  def lookup(key, [entry | rest]) do
    case entry do
      ^key when is_atom(key) -> {key, true}
      t when is_tuple(t) and tuple_size(t) >= 1 and elem(t, 0) === key -> t
      _ -> lookup(key, rest)
    end
  end

  def lookup(_key, []), do: :none

  def lookup_all(key, list), do: for(e <- list, matches?(key, e), do: normal(e))
  def get_all_values(key, list), do: for({^key, v} <- list, do: v)
  def is_defined(key, list), do: lookup(key, list) != :none
  def get_keys(list), do: list |> Enum.flat_map(&key_of/1) |> :lists.usort()
  def delete(key, list), do: Enum.reject(list, &matches?(key, &1))
  def append_values(key, list), do: Enum.flat_map(lookup_all(key, list), fn {_, v} -> List.wrap(v) end)
  def property({key, true}) when is_atom(key), do: key
  def property(p), do: p
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}
  def unfold(list), do: Enum.map(list, &normal/1)
  def compact(list), do: Enum.map(list, &property/1)

  defp matches?(key, key) when is_atom(key), do: true
  defp matches?(key, t) when is_tuple(t) and tuple_size(t) >= 1, do: elem(t, 0) === key
  defp matches?(_, _), do: false

  defp normal(a) when is_atom(a), do: {a, true}
  defp normal(t), do: t

  defp key_of(a) when is_atom(a), do: [a]
  defp key_of(t) when is_tuple(t) and tuple_size(t) >= 1, do: [elem(t, 0)]
  defp key_of(_), do: []
end
