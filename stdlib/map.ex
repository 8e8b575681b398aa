defmodule Map do
  @moduledoc """
  Functions for maps: key-value stores where any term can be a key.

  Keys are compared with exact match (`1` and `1.0` are different keys).
  Maps print and iterate in key order. For structs, prefer the struct's own
  module; `Map` functions work on them as plain maps.
  """

  @type key :: any
  @type value :: any

  @doc "Returns all keys, in key order."
  @spec keys(map) :: [key]
  def keys(map), do: :maps.keys(map)

  @doc "Returns all values, in key order."
  @spec values(map) :: [value]
  def values(map), do: :maps.values(map)

  @doc "Returns the map as a list of `{key, value}` pairs."
  @spec to_list(map) :: [{term, term}]
  def to_list(map), do: :maps.to_list(map)

  @doc "Returns an empty map."
  @spec new :: map
  def new, do: %{}

  @doc "Builds a map from an enumerable of `{key, value}` pairs; later keys win."
  @spec new(Enumerable.t()) :: map
  def new(enumerable)
  def new(list) when is_list(list), do: :maps.from_list(list)
  def new(%{__struct__: _} = struct), do: new_from_enum(struct)
  def new(%{} = map), do: map
  def new(enumerable), do: new_from_enum(enumerable)

  defp new_from_enum(enumerable) do
    enumerable
    |> Enum.to_list()
    |> :maps.from_list()
  end

  @doc "Builds a map from `enumerable`, where `transform` turns each element into a `{key, value}` pair."
  @spec new(Enumerable.t(), (term -> {key, value})) :: map
  def new(enumerable, transform) when is_function(transform, 1) do
    enumerable
    |> Enum.map(transform)
    |> :maps.from_list()
  end

  @doc "Returns `true` when `map` has `key`."
  @spec has_key?(map, key) :: boolean
  def has_key?(map, key), do: :maps.is_key(key, map)

  @doc "Returns `{:ok, value}` for `key`, or `:error`."
  @spec fetch(map, key) :: {:ok, value} | :error
  def fetch(map, key), do: :maps.find(key, map)

  @doc "Returns the value for `key`; raises `KeyError` when it is missing."
  @spec fetch!(map, key) :: value
  def fetch!(map, key), do: :erlang.map_get(key, map)

  @doc "Returns the value for `key`, or `default`."
  @spec get(map, key, value) :: value
  def get(map, key, default \\ nil) do
    case map do
      %{^key => value} -> value
      %{} -> default
      other -> :erlang.error({:badmap, other}, [map, key, default])
    end
  end

  @doc "Returns the value for `key`, or the result of `fun` when it is missing."
  @spec get_lazy(map, key, (() -> value)) :: value
  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other}, [map, key, fun])
    end
  end

  @doc "Puts `value` under `key`."
  @spec put(map, key, value) :: map
  def put(map, key, value), do: :maps.put(key, value, map)

  @doc "Puts `value` under `key` unless `key` is already present."
  @spec put_new(map, key, value) :: map
  def put_new(map, key, value) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, value, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  @doc "Puts the result of `fun` under `key` unless `key` is already present."
  @spec put_new_lazy(map, key, (() -> value)) :: map
  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  @doc "Replaces the value under `key` only if `key` is present."
  @spec replace(map, key, value) :: map
  def replace(map, key, value) do
    case map do
      %{^key => _} -> %{map | key => value}
      %{} -> map
      other -> :erlang.error({:badmap, other})
    end
  end

  @doc "Replaces the value under `key`; raises `KeyError` when it is missing."
  @spec replace!(map, key, value) :: map
  def replace!(map, key, value), do: :maps.update(key, value, map)

  @doc "Replaces the value under `key` with `fun.(value)` only if `key` is present."
  @spec replace_lazy(map, key, (existing_value :: value -> new_value :: value)) :: map
  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> map
    end
  end

  @doc "Deletes `key` from the map."
  @spec delete(map, key) :: map
  def delete(map, key), do: :maps.remove(key, map)

  @doc "Deletes the given keys from the map."
  @spec drop(map, [key]) :: map
  def drop(map, keys) when is_list(keys) and is_map(map), do: :maps.without(keys, map)

  def drop(map, keys) when is_map(map) do
    IO.warn("Map.drop/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead.")
    :maps.without(Enum.to_list(keys), map)
  end

  def drop(non_map, keys), do: :erlang.error({:badmap, non_map}, [non_map, keys])

  @doc "Returns a map with only the given keys (those present in `map`)."
  @spec take(map, [key]) :: map
  def take(map, keys) when is_list(keys) and is_map(map), do: take_keys(keys, map, [])

  def take(map, keys) when is_map(map) do
    IO.warn("Map.take/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead.")
    take_keys(Enum.to_list(keys), map, [])
  end

  def take(non_map, _keys), do: :erlang.error({:badmap, non_map})

  defp take_keys([], _map, acc), do: :maps.from_list(acc)

  defp take_keys([key | rest], map, acc) do
    case map do
      %{^key => value} -> take_keys(rest, map, [{key, value} | acc])
      %{} -> take_keys(rest, map, acc)
    end
  end

  @doc "Returns `{taken, rest}`: the entries for the given keys, and the others."
  @spec split(map, [key]) :: {map, map}
  def split(map, keys) when is_list(keys) and is_map(map), do: split_keys(keys, [], map)

  def split(map, keys) when is_map(map) do
    IO.warn("Map.split/2 with an Enumerable of keys that is not a list is deprecated.  Use a list of keys instead.")
    split_keys(Enum.to_list(keys), [], map)
  end

  def split(non_map, keys), do: :erlang.error({:badmap, non_map}, [non_map, keys])

  defp split_keys([], taken, rest), do: {:maps.from_list(taken), rest}

  defp split_keys([key | keys], taken, rest) do
    case rest do
      %{^key => value} -> split_keys(keys, [{key, value} | taken], :maps.remove(key, rest))
      %{} -> split_keys(keys, taken, rest)
    end
  end

  @doc "Merges two maps; keys of `map2` win."
  @spec merge(map, map) :: map
  def merge(map1, map2), do: :maps.merge(map1, map2)

  @doc "Merges two maps; for keys in both, the value is `fun.(key, value1, value2)`."
  @spec merge(map, map, (key, value, value -> value)) :: map
  def merge(map1, map2, fun) when is_function(fun, 3) do
    if map_size(map1) > map_size(map2) do
      merge_into(:maps.to_list(map2), map1, fun, false)
    else
      merge_into(:maps.to_list(map1), map2, fun, true)
    end
  end

  # Folds `pairs` into `map`; `swapped` says the pairs come from the first map.
  defp merge_into([], map, _fun, _swapped), do: map

  defp merge_into([{key, value} | rest], map, fun, swapped) do
    merged =
      case map do
        %{^key => existing} ->
          if swapped, do: fun.(key, value, existing), else: fun.(key, existing, value)

        %{} ->
          value
      end

    merge_into(rest, :maps.put(key, merged, map), fun, swapped)
  end

  @doc "Updates `key` with `fun.(value)`, or puts `default` when `key` is missing."
  @spec update(map, key, default :: value, (existing_value :: value -> new_value :: value)) :: map
  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other}, [map, key, default, fun])
    end
  end

  @doc "Updates `key` with `fun.(value)`; raises `KeyError` when it is missing."
  @spec update!(map, key, (existing_value :: value -> new_value :: value)) :: map
  def update!(map, key, fun) when is_function(fun, 1) do
    value = :erlang.map_get(key, map)
    %{map | key => fun.(value)}
  end

  @doc "Removes `key` and returns `{value, rest}`; `{default, map}` when it is missing."
  @spec pop(map, key, default) :: {value, map} | {default, map} when default: value
  def pop(map, key, default \\ nil) do
    case :maps.take(key, map) do
      {_, _} = found -> found
      :error -> {default, map}
    end
  end

  @doc "Removes `key` and returns `{value, rest}`; raises `KeyError` when it is missing."
  @spec pop!(map, key) :: {value, map}
  def pop!(map, key) do
    case :maps.take(key, map) do
      {_, _} = found -> found
      :error -> raise KeyError, key: key, term: map
    end
  end

  @doc "Like `pop/3`, with the default computed by `fun` only when needed."
  @spec pop_lazy(map, key, (() -> value)) :: {value, map}
  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = found -> found
      :error -> {fun.(), map}
    end
  end

  @doc """
  Gets the value under `key` and updates it in one pass: `fun` receives the
  current value (or `nil`) and returns `{current, new}` or `:pop`.
  """
  @spec get_and_update(map, key, (value | nil -> {current_value, new_value :: value} | :pop)) ::
          {current_value, new_map :: map}
        when current_value: value
  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current =
      case :maps.find(key, map) do
        {:ok, value} -> value
        :error -> nil
      end

    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  @doc "Like `get_and_update/3`, but raises `KeyError` when `key` is missing."
  @spec get_and_update!(map, key, (value -> {current_value, new_value :: value} | :pop)) ::
          {current_value, map}
        when current_value: value
  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value =
      case map do
        %{^key => value} -> value
        %{} -> raise KeyError, key: key, term: map
        other -> :erlang.error({:badmap, other}, [map, key, fun])
      end

    case fun.(value) do
      {get, update} -> {get, %{map | key => update}}
      :pop -> {value, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  @doc "Turns a struct into a plain map (without `:__struct__`); a module name gives its default struct."
  @spec from_struct(atom | struct) :: map
  def from_struct(struct) when is_atom(struct), do: :maps.remove(:__struct__, struct.__struct__())
  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)

  @doc "Returns `true` when both maps are equal (keys and values compared exactly)."
  @spec equal?(map, map) :: boolean
  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2
  def equal?(map1, map2) when is_map(map1), do: :erlang.error({:badmap, map2}, [map1, map2])
  def equal?(map1, map2), do: :erlang.error({:badmap, map1}, [map1, map2])

  @doc "Keeps the entries for which `fun.({key, value})` is truthy."
  @spec filter(map, ({key, value} -> as_boolean(term))) :: map
  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(keep_pairs(:maps.to_list(map), fun, true))
  end

  @doc "Drops the entries for which `fun.({key, value})` is truthy."
  @spec reject(map, ({key, value} -> as_boolean(term))) :: map
  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(keep_pairs(:maps.to_list(map), fun, false))
  end

  defp keep_pairs([], _fun, _wanted), do: []

  defp keep_pairs([pair | rest], fun, wanted) do
    if truthy?(fun.(pair)) == wanted do
      [pair | keep_pairs(rest, fun, wanted)]
    else
      keep_pairs(rest, fun, wanted)
    end
  end

  defp truthy?(value), do: value != nil and value != false

  @doc "Replaces each value with `fun.({key, value})`."
  @spec map(map, ({key, value} -> value)) :: map
  def map(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(map_pairs(:maps.to_list(map), fun))
  end

  defp map_pairs([], _fun), do: []
  defp map_pairs([{key, _} = pair | rest], fun), do: [{key, fun.(pair)} | map_pairs(rest, fun)]

  @doc "Builds a map with each of `keys` bound to `value`."
  @spec from_keys([key], value) :: map
  def from_keys(keys, value), do: :maps.from_keys(keys, value)

  @doc "Returns the number of entries."
  @spec size(map) :: non_neg_integer
  def size(map), do: map_size(map)
end
