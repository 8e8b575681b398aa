defmodule Keyword do
  @moduledoc """
  Functions for keyword lists: lists of `{atom, value}` pairs.

  Keys are atoms, may repeat, and keep the order they were given in.
  Lookups return the first entry for a key; `put/3` and friends remove the
  other entries with the same key.
  """

  @type key :: atom
  @type value :: any
  @type t :: [{key, value}]
  @type t(value) :: [{key, value}]

  @doc false
  @deprecated "Use Kernel.length/1 instead"
  def size(keywords), do: length(keywords)

  @doc "Returns `true` when `term` is a list of `{atom, value}` pairs."
  @spec keyword?(term) :: boolean
  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  @doc "Returns an empty keyword list."
  @spec new :: []
  def new, do: []

  @doc "Builds a keyword list from `{key, value}` pairs; for repeated keys the last one wins."
  @spec new(Enumerable.t()) :: t
  def new(pairs) do
    pairs
    |> Enum.reverse()
    |> add_new([], fn pair -> pair end)
  end

  @doc "Builds a keyword list from `enumerable`, each element turned into a pair by `transform`."
  @spec new(Enumerable.t(), (term -> {key, value})) :: t
  def new(pairs, transform) when is_function(transform, 1) do
    pairs
    |> Enum.reverse()
    |> add_new([], transform)
  end

  defp add_new([], keywords, _transform), do: keywords

  defp add_new([element | rest], keywords, transform) do
    {key, value} = transform.(element)
    add_new(rest, put_new(keywords, key, value), transform)
  end

  @doc "Returns the first value for `key`, or `default`."
  @spec get(t, key, value) :: value
  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  @doc "Returns the first value for `key`, or the result of `fun` when there is none."
  @spec get_lazy(t, key, (() -> value)) :: value
  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  @doc "Returns all values for `key`, in order."
  @spec get_values(t, key) :: [value]
  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    values_of(keywords, key)
  end

  defp values_of([], _key), do: []
  defp values_of([{key, value} | rest], key), do: [value | values_of(rest, key)]
  defp values_of([{_, _} | rest], key), do: values_of(rest, key)

  @doc "Returns `{:ok, value}` for the first entry with `key`, or `:error`."
  @spec fetch(t, key) :: {:ok, value} | :error
  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  @doc "Returns the first value for `key`; raises `KeyError` when there is none."
  @spec fetch!(t, key) :: value
  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Returns `true` when `key` is present."
  @spec has_key?(t, key) :: boolean
  def has_key?(keywords, key) when is_list(keywords) and is_atom(key) do
    :lists.keymember(key, 1, keywords)
  end

  @doc "Returns all keys, in order (repeated keys appear repeatedly)."
  @spec keys(t) :: [key]
  def keys(keywords) when is_list(keywords), do: keys_of(keywords)

  defp keys_of([]), do: []
  defp keys_of([{key, _} | rest]) when is_atom(key), do: [key | keys_of(rest)]

  defp keys_of([other | _]) do
    raise ArgumentError,
          "expected a keyword list, but an entry in the list is not a two-element tuple " <>
            "with an atom as its first element, got: #{inspect(other)}"
  end

  @doc "Returns all values, in order."
  @spec values(t) :: [value]
  def values(keywords) when is_list(keywords), do: all_values(keywords)

  defp all_values([]), do: []
  defp all_values([{_, value} | rest]), do: [value | all_values(rest)]

  @doc "Deletes every entry with `key`."
  @spec delete(t, key) :: t
  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keymember(key, 1, keywords) do
      true -> without_key(keywords, key)
      false -> keywords
    end
  end

  defp without_key([], _key), do: []
  defp without_key([{key, _} | rest], key), do: without_key(rest, key)
  defp without_key([pair | rest], key), do: [pair | without_key(rest, key)]

  @doc false
  @deprecated "Use Keyword.fetch/2 + Keyword.delete/2 instead"
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key) do
    without_pair(keywords, key, value)
  end

  defp without_pair([], _key, _value), do: []
  defp without_pair([{key, value} | rest], key, value), do: without_pair(rest, key, value)
  defp without_pair([pair | rest], key, value), do: [pair | without_pair(rest, key, value)]

  @doc "Deletes only the first entry with `key`."
  @spec delete_first(t, key) :: t
  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keymember(key, 1, keywords) do
      true -> :lists.keydelete(key, 1, keywords)
      false -> keywords
    end
  end

  @doc "Puts `value` under `key`, removing any other entry with that key."
  @spec put(t, key, value) :: t
  def put(keywords, key, value) when is_list(keywords) and is_atom(key) do
    [{key, value} | delete(keywords, key)]
  end

  @doc "Puts `value` under `key` unless `key` is already present."
  @spec put_new(t, key, value) :: t
  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  @doc "Puts the result of `fun` under `key` unless `key` is already present."
  @spec put_new_lazy(t, key, (() -> value)) :: t
  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  @doc "Replaces the first entry for `key` (dropping later ones) only if `key` is present."
  @spec replace(t, key, value) :: t
  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case replace_first(keywords, key, fn _ -> value end) do
      {:ok, keywords} -> keywords
      :error -> keywords
    end
  end

  @doc "Like `replace/3`, but raises `KeyError` when `key` is missing."
  @spec replace!(t, key, value) :: t
  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case replace_first(keywords, key, fn _ -> value end) do
      {:ok, keywords} -> keywords
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Replaces the first value for `key` with `fun.(value)` (dropping later entries) if present."
  @spec replace_lazy(t, key, (value -> value)) :: t
  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case replace_first(keywords, key, fun) do
      {:ok, keywords} -> keywords
      :error -> keywords
    end
  end

  # Updates the first entry for `key` in place and removes the later ones.
  defp replace_first([], _key, _fun), do: :error

  defp replace_first([{key, value} | rest], key, fun) do
    {:ok, [{key, fun.(value)} | delete(rest, key)]}
  end

  defp replace_first([{_, _} = pair | rest], key, fun) do
    case replace_first(rest, key, fun) do
      {:ok, rest} -> {:ok, [pair | rest]}
      :error -> :error
    end
  end

  @doc "Updates the first value for `key` with `fun` (dropping later entries), or appends `{key, default}`."
  @spec update(t, key, default :: value, (existing_value :: value -> new_value :: value)) :: t
  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case replace_first(keywords, key, fun) do
      {:ok, keywords} -> keywords
      :error -> keywords ++ [{key, default}]
    end
  end

  @doc "Like `update/4`, but raises `KeyError` when `key` is missing."
  @spec update!(t, key, (current_value :: value -> new_value :: value)) :: t
  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case replace_first(keywords, key, fun) do
      {:ok, keywords} -> keywords
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc """
  Gets the first value for `key` and updates it in one pass: `fun` receives
  the value (or `nil`) and returns `{current, new}` or `:pop`.
  """
  @spec get_and_update(t, key, (value | nil -> {current_value, new_value :: value} | :pop)) ::
          {current_value, new_keywords :: t}
        when current_value: value
  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update(keywords, [], key, fun)
  end

  # Walks to the first entry for `key`, keeping the entries before it reversed.
  defp get_and_update([{key, value} | rest], before, key, fun) do
    case fun.(value) do
      {get, new_value} -> {get, :lists.reverse(before, [{key, new_value} | rest])}
      :pop -> {value, :lists.reverse(before, rest)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  defp get_and_update([{_, _} = pair | rest], before, key, fun) do
    get_and_update(rest, [pair | before], key, fun)
  end

  defp get_and_update([], before, key, fun) do
    case fun.(nil) do
      {get, new_value} -> {get, [{key, new_value} | :lists.reverse(before)]}
      :pop -> {nil, :lists.reverse(before)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  @doc """
  Like `get_and_update/3`, but raises `KeyError` when `key` is missing; an
  update also removes the later entries for `key`.
  """
  @spec get_and_update!(t, key, (value -> {current_value, new_value :: value} | :pop)) ::
          {current_value, new_keywords :: t}
        when current_value: value
  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update!(keywords, key, fun, [])
  end

  defp get_and_update!([{key, value} | rest], key, fun, before) do
    case fun.(value) do
      {get, new_value} -> {get, :lists.reverse(before, [{key, new_value} | delete(rest, key)])}
      :pop -> {value, :lists.reverse(before, rest)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  defp get_and_update!([{_, _} = pair | rest], key, fun, before) do
    get_and_update!(rest, key, fun, [pair | before])
  end

  # Elixir 1.14 reports the entries it walked past, in reverse.
  defp get_and_update!([], key, _fun, before) do
    raise KeyError, key: key, term: before
  end

  @doc "Merges two keyword lists; entries of `keywords2` replace those with the same key in `keywords1`."
  @spec merge(t, t) :: t
  def merge(keywords1, []) when is_list(keywords1), do: keywords1
  def merge([], keywords2) when is_list(keywords2), do: keywords2

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      drop_keys(keywords1, keywords2, keywords1) ++ keywords2
    else
      raise ArgumentError, "expected a keyword list as the second argument, got: #{inspect(keywords2)}"
    end
  end

  # Removes from `keywords` the keys used in `other`; checks the entries of `original`.
  defp drop_keys([{key, _} = pair | rest], other, original) when is_atom(key) do
    if :lists.keymember(key, 1, other) do
      drop_keys(rest, other, original)
    else
      [pair | drop_keys(rest, other, original)]
    end
  end

  defp drop_keys([], _other, _original), do: []

  defp drop_keys(_invalid, _other, original) do
    raise ArgumentError, "expected a keyword list as the first argument, got: #{inspect(original)}"
  end

  @doc """
  Merges two keyword lists; when a key is in both, `fun.(key, value1, value2)`
  gives the value (repeated keys are paired in order).
  """
  @spec merge(t, t, (key, value, value -> value)) :: t
  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1) do
      merge_with(keywords1, keywords1, keywords2, fun, [], keywords2)
    else
      raise ArgumentError, "expected a keyword list as the first argument, got: #{inspect(keywords1)}"
    end
  end

  # Each entry of keywords2 pairs with the first unused entry of keywords1
  # with the same key (`unused`); every entry of keywords1 whose key got
  # merged is dropped from `kept`, which comes first in the result.
  defp merge_with(kept, unused, [{key, value2} | rest], fun, acc, original) when is_atom(key) do
    case :lists.keytake(key, 1, unused) do
      {:value, {^key, value1}, unused} ->
        acc = [{key, fun.(key, value1, value2)} | acc]
        merge_with(delete(kept, key), unused, rest, fun, acc, original)

      false ->
        merge_with(kept, unused, rest, fun, [{key, value2} | acc], original)
    end
  end

  defp merge_with(kept, _unused, [], _fun, acc, _original), do: kept ++ :lists.reverse(acc)

  defp merge_with(_kept, _unused, _invalid, _fun, _acc, original) do
    raise ArgumentError, "expected a keyword list as the second argument, got: #{inspect(original)}"
  end

  @doc "Removes the first entry for `key` and returns `{value, rest}`; all entries for `key` are removed."
  @spec pop(t, key, value) :: {value, t}
  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  @doc "Like `pop/3`, but raises `KeyError` when `key` is missing."
  @spec pop!(t, key) :: {value, t}
  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Like `pop/3`, with the default computed by `fun` only when needed."
  @spec pop_lazy(t, key, (() -> value)) :: {value, t}
  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  @doc "Removes only the first entry for `key` and returns `{value, rest}`."
  @spec pop_first(t, key, value) :: {value, t}
  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keytake(key, 1, keywords) do
      {:value, {^key, value}, rest} -> {value, rest}
      false -> {default, keywords}
    end
  end

  @doc "Removes every entry for `key` and returns `{values, rest}`."
  @spec pop_values(t, key) :: {[value], t}
  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do
    {values_of(keywords, key), delete(keywords, key)}
  end

  @doc "Keeps the entries whose keys are in `keys`."
  @spec take(t, [key]) :: t
  def take(keywords, keys) when is_list(keywords) and is_list(keys) do
    take_keys(keywords, keys)
  end

  defp take_keys([], _keys), do: []

  defp take_keys([{key, _} = pair | rest], keys) do
    if :lists.member(key, keys), do: [pair | take_keys(rest, keys)], else: take_keys(rest, keys)
  end

  @doc "Drops the entries whose keys are in `keys`."
  @spec drop(t, [key]) :: t
  def drop(keywords, keys) when is_list(keywords) and is_list(keys) do
    drop_listed(keywords, keys)
  end

  defp drop_listed([], _keys), do: []

  defp drop_listed([{key, _} = pair | rest], keys) do
    if :lists.member(key, keys), do: drop_listed(rest, keys), else: [pair | drop_listed(rest, keys)]
  end

  @doc "Returns `{taken, rest}`: the entries whose keys are in `keys`, and the others."
  @spec split(t, [key]) :: {t, t}
  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    split_listed(keywords, keys, [], [])
  end

  defp split_listed([], _keys, taken, rest), do: {:lists.reverse(taken), :lists.reverse(rest)}

  defp split_listed([{key, _} = pair | tail], keys, taken, rest) do
    if :lists.member(key, keys) do
      split_listed(tail, keys, [pair | taken], rest)
    else
      split_listed(tail, keys, taken, [pair | rest])
    end
  end

  @doc "Returns `true` when both lists hold the same entries, in any order."
  @spec equal?(t, t) :: boolean
  def equal?(left, right) when is_list(left) and is_list(right) do
    :lists.sort(left) == :lists.sort(right)
  end

  @doc "Keeps the entries for which `fun.({key, value})` is truthy."
  @spec filter(t, ({key, value} -> as_boolean(term))) :: t
  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    select(keywords, fun, true)
  end

  @doc "Drops the entries for which `fun.({key, value})` is truthy."
  @spec reject(t, ({key, value} -> as_boolean(term))) :: t
  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    select(keywords, fun, false)
  end

  defp select([], _fun, _wanted), do: []

  defp select([pair | rest], fun, wanted) do
    if truthy?(fun.(pair)) == wanted do
      [pair | select(rest, fun, wanted)]
    else
      select(rest, fun, wanted)
    end
  end

  defp truthy?(value), do: value != nil and value != false

  @doc "Replaces each value with `fun.({key, value})`."
  @spec map(t, ({key, value} -> value)) :: t
  def map(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    map_values(keywords, fun)
  end

  defp map_values([], _fun), do: []
  defp map_values([{key, _} = pair | rest], fun), do: [{key, fun.(pair)} | map_values(rest, fun)]

  @doc "Builds a keyword list with each of `keys` bound to `value`."
  @spec from_keys([key], value) :: t
  def from_keys(keys, value) when is_list(keys), do: pair_keys(keys, value)

  defp pair_keys([], _value), do: []
  defp pair_keys([key | rest], value) when is_atom(key), do: [{key, value} | pair_keys(rest, value)]

  @doc "Returns the keyword list itself."
  @spec to_list(t) :: t
  def to_list(keywords) when is_list(keywords), do: keywords

  @doc """
  Checks that every key of `keywords` is allowed by `values` (atoms, or
  `{key, default}` pairs) and fills in defaults. Returns `{:ok, keywords}` or
  `{:error, unknown_keys}`.
  """
  @spec validate(keyword(), values :: [atom() | {atom(), term()}]) ::
          {:ok, keyword()} | {:error, [atom]}
  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    validate_entries(keywords, values, [], [])
  end

  # `allowed` holds the specs not used yet: a key given twice is an error.
  defp validate_entries([{key, _} = pair | rest], allowed, acc, bad) when is_atom(key) do
    case take_spec(allowed, key, []) do
      {:ok, allowed} ->
        validate_entries(rest, allowed, [pair | acc], bad)

      :error ->
        validate_entries(rest, allowed, acc, [key | bad])
    end
  end

  defp validate_entries([], allowed, acc, []), do: {:ok, add_defaults(allowed, acc)}
  defp validate_entries([], _allowed, _acc, bad), do: {:error, bad}

  defp validate_entries([invalid | _], _allowed, _acc, _bad) do
    raise ArgumentError,
          "expected a keyword list as first argument, got invalid entry: #{inspect(invalid)}"
  end

  defp take_spec([], _key, _skipped), do: :error
  defp take_spec([key | rest], key, skipped), do: {:ok, :lists.reverse(skipped, rest)}
  defp take_spec([{key, _} | rest], key, skipped), do: {:ok, :lists.reverse(skipped, rest)}
  defp take_spec([spec | rest], key, skipped), do: take_spec(rest, key, [spec | skipped])

  defp add_defaults([], acc), do: acc
  defp add_defaults([key | rest], acc) when is_atom(key), do: add_defaults(rest, acc)
  defp add_defaults([{key, _} = pair | rest], acc) when is_atom(key), do: add_defaults(rest, [pair | acc])

  defp add_defaults([other | _], _acc) do
    raise ArgumentError, "expected the second argument to be a list of atoms or tuples, got: #{inspect(other)}"
  end

  @doc "Like `validate/2`, but returns the keyword list or raises `ArgumentError`."
  @spec validate!(keyword(), values :: [atom() | {atom(), term()}]) :: keyword()
  def validate!(keywords, values) do
    case validate(keywords, values) do
      {:ok, keywords} ->
        keywords

      {:error, invalid} ->
        allowed = spec_keys(values)

        case unknown_only(invalid, allowed) do
          [] ->
            raise ArgumentError, "duplicate keys #{inspect(invalid)} in #{inspect(keywords)}"

          unknown ->
            raise ArgumentError,
                  "unknown keys #{inspect(unknown)} in #{inspect(keywords)}, " <>
                    "the allowed keys are: #{inspect(allowed)}"
        end
    end
  end

  defp unknown_only([], _allowed), do: []

  defp unknown_only([key | rest], allowed) do
    if :lists.member(key, allowed), do: unknown_only(rest, allowed), else: [key | unknown_only(rest, allowed)]
  end

  defp spec_keys([]), do: []
  defp spec_keys([{key, _} | rest]), do: [key | spec_keys(rest)]
  defp spec_keys([key | rest]), do: [key | spec_keys(rest)]
end
