defmodule List do
  @moduledoc """
  Functions specific to (linked) lists.

  Most list work is done with `Enum`; this module adds what only makes sense
  for lists: index-based edits, key-tuple lookups (the `key*` functions use
  zero-based tuple positions), conversions and flattening.
  """

  @doc "Deletes the first occurrence of `element` (compared with `===`)."
  @spec delete([], any) :: []
  @spec delete([...], any) :: list
  def delete(list, element) when is_list(list), do: :lists.delete(element, list)

  @doc "Returns a list of `element` repeated `n` times."
  @spec duplicate(any, 0) :: []
  @spec duplicate(any, pos_integer) :: [...]
  def duplicate(element, n), do: :lists.duplicate(n, element)

  @doc "Flattens nested lists."
  @spec flatten(deep_list) :: list when deep_list: [any | deep_list]
  def flatten(list), do: :lists.flatten(list)

  @doc "Flattens nested lists and appends `tail`."
  @spec flatten(deep_list, [elem]) :: [elem] when elem: var, deep_list: [elem | deep_list]
  def flatten(list, tail), do: :lists.flatten(list, tail)

  @doc "Folds from the left: `fun.(element, acc)` for each element in order."
  @spec foldl([elem], acc, (elem, acc -> acc)) :: acc when elem: var, acc: var
  def foldl(list, acc, fun) when is_list(list) and is_function(fun), do: fold_left(list, acc, fun)

  defp fold_left([], acc, _fun), do: acc
  defp fold_left([head | tail], acc, fun), do: fold_left(tail, fun.(head, acc), fun)

  @doc "Folds from the right: `fun.(element, acc)` from the last element to the first."
  @spec foldr([elem], acc, (elem, acc -> acc)) :: acc when elem: var, acc: var
  def foldr(list, acc, fun) when is_list(list) and is_function(fun) do
    fold_left(:lists.reverse(list), acc, fun)
  end

  @doc "Returns the first element, or `default` for an empty list."
  @spec first([], any) :: any
  @spec first([elem, ...], any) :: elem when elem: var
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([head | _], _default), do: head

  @doc "Returns the last element, or `default` for an empty list."
  @spec last([], any) :: any
  @spec last([elem, ...], any) :: elem when elem: var
  def last(list, default \\ nil)
  def last([], default), do: default
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)

  @doc "Returns the first tuple whose element at `position` equals `key`, or `default`."
  @spec keyfind([tuple], any, non_neg_integer, any) :: any
  def keyfind(list, key, position, default \\ nil) when is_integer(position) do
    :lists.keyfind(key, position + 1, list) || default
  end

  @doc "Like `keyfind/3`, but raises `KeyError` when no tuple matches."
  @spec keyfind!([tuple], any, non_neg_integer) :: any
  def keyfind!(list, key, position) when is_integer(position) do
    :lists.keyfind(key, position + 1, list) ||
      raise KeyError,
        key: key,
        term: list,
        message: "key #{inspect(key)} at position #{position} not found in: #{inspect(list)}"
  end

  @doc "Returns `true` when some tuple has `key` at `position`."
  @spec keymember?([tuple], any, non_neg_integer) :: boolean
  def keymember?(list, key, position) when is_integer(position) do
    :lists.keymember(key, position + 1, list)
  end

  @doc "Replaces the first tuple with `key` at `position` by `new_tuple`."
  @spec keyreplace([tuple], any, non_neg_integer, tuple) :: [tuple]
  def keyreplace(list, key, position, new_tuple) when is_integer(position) do
    :lists.keyreplace(key, position + 1, list, new_tuple)
  end

  @doc """
  Sorts tuples by the element at `position`; `sorter` is `:asc`, `:desc`,
  a function or a module, as in `Enum.sort/2`. The sort is stable.
  """
  @spec keysort([tuple], non_neg_integer, (any, any -> boolean) | :asc | :desc | module) :: [tuple]
  def keysort(list, position, sorter \\ :asc)

  def keysort(list, position, :asc) when is_list(list) and is_integer(position) do
    :lists.keysort(position + 1, list)
  end

  def keysort(list, position, sorter) when is_list(list) and is_integer(position) do
    Enum.sort_by(list, fn tuple -> :erlang.element(position + 1, tuple) end, sorter)
  end

  @doc "Replaces the first tuple with `key` at `position` by `new_tuple`, or appends it."
  @spec keystore([tuple], any, non_neg_integer, tuple) :: [tuple, ...]
  def keystore(list, key, position, new_tuple) when is_integer(position) do
    :lists.keystore(key, position + 1, list, new_tuple)
  end

  @doc "Deletes the first tuple with `key` at `position`."
  @spec keydelete([tuple], any, non_neg_integer) :: [tuple]
  def keydelete(list, key, position) when is_integer(position) do
    :lists.keydelete(key, position + 1, list)
  end

  @doc "Returns `{tuple, rest}` for the first tuple with `key` at `position`, or `nil`."
  @spec keytake([tuple], any, non_neg_integer) :: {tuple, [tuple]} | nil
  def keytake(list, key, position) when is_integer(position) do
    case :lists.keytake(key, position + 1, list) do
      {:value, element, rest} -> {element, rest}
      false -> nil
    end
  end

  @doc "Wraps a term in a list: `nil` becomes `[]` and a list stays as it is."
  @spec wrap(term) :: maybe_improper_list()
  def wrap(term)
  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  @doc "Zips a list of lists into a list of tuples, stopping at the shortest."
  @spec zip([list]) :: [tuple]
  def zip([]), do: []
  def zip(list_of_lists) when is_list(list_of_lists), do: zip_lists(list_of_lists)

  defp zip_lists(lists) do
    case split_heads(lists, [], []) do
      {:ok, heads, tails} -> [:erlang.list_to_tuple(heads) | zip_lists(tails)]
      :done -> []
    end
  end

  defp split_heads([], heads, tails), do: {:ok, :lists.reverse(heads), :lists.reverse(tails)}
  defp split_heads([[head | tail] | rest], heads, tails), do: split_heads(rest, [head | heads], [tail | tails])
  defp split_heads(_, _heads, _tails), do: :done

  @doc "Returns `true` when the list is a charlist of printable ASCII characters (checking at most `limit`)."
  @spec ascii_printable?(list, 0) :: true
  @spec ascii_printable?([], limit) :: true when limit: :infinity | pos_integer
  @spec ascii_printable?([...], limit) :: boolean when limit: :infinity | pos_integer
  def ascii_printable?(list, limit \\ :infinity)
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    ascii_printable_guarded?(list, limit)
  end

  defp ascii_printable_guarded?(_, 0), do: true

  defp ascii_printable_guarded?([char | rest], limit)
       when is_integer(char) and char >= 32 and char <= 126 do
    ascii_printable_guarded?(rest, decrement(limit))
  end

  defp ascii_printable_guarded?([?\n | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\r | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\t | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\v | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\b | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\f | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\e | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([?\a | rest], limit), do: ascii_printable_guarded?(rest, decrement(limit))
  defp ascii_printable_guarded?([], _limit), do: true
  defp ascii_printable_guarded?(_, _limit), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(limit), do: limit - 1

  @doc "Returns `true` when `list` does not end in `[]`."
  @spec improper?(maybe_improper_list) :: boolean
  def improper?(list) when is_list(list) and length(list) >= 0, do: false
  def improper?(list) when is_list(list), do: true

  @doc "Inserts `value` at `index`; a negative index counts from the end (-1 appends)."
  @spec insert_at(list, integer, any) :: list
  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 ->
        list ++ [value]

      _ when index < 0 ->
        case length(list) + index + 1 do
          position when position < 0 -> [value | list]
          position -> do_insert_at(list, position, value)
        end

      _ ->
        do_insert_at(list, index, value)
    end
  end

  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([], _index, value), do: [value]
  defp do_insert_at([head | tail], index, value), do: [head | do_insert_at(tail, index - 1, value)]

  # Turns a negative index into a position from the start; -1 when out of range.
  defp normalize_index(list, index) when index < 0 do
    position = length(list) + index
    if position < 0, do: -1, else: position
  end

  defp normalize_index(_list, index), do: index

  @doc "Replaces the element at `index` (negative counts from the end); out of range leaves the list as is."
  @spec replace_at(list, integer, any) :: list
  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    do_replace_at(list, normalize_index(list, index), value)
  end

  @doc "Updates the element at `index` with `fun` (negative counts from the end)."
  @spec update_at([elem], integer, (elem -> any)) :: list when elem: var
  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do
    do_update_at(list, normalize_index(list, index), fun)
  end

  defp do_replace_at(list, index, _value) when index < 0, do: list
  defp do_replace_at([], _index, _value), do: []
  defp do_replace_at([_ | tail], 0, value), do: [value | tail]
  defp do_replace_at([head | tail], index, value), do: [head | do_replace_at(tail, index - 1, value)]

  defp do_update_at(list, index, _fun) when index < 0, do: list
  defp do_update_at([], _index, _fun), do: []
  defp do_update_at([head | tail], 0, fun), do: [fun.(head) | tail]
  defp do_update_at([head | tail], index, fun), do: [head | do_update_at(tail, index - 1, fun)]

  @doc "Removes the element at `index` (negative counts from the end)."
  @spec delete_at(list, integer) :: list
  def delete_at(list, index) when is_integer(index) do
    elem(pop_at(list, index), 1)
  end

  @doc "Returns `{element_at_index, rest}`; `{default, list}` when `index` is out of range."
  @spec pop_at(list, integer, any) :: {any, list}
  def pop_at(list, index, default \\ nil) when is_integer(index) do
    case normalize_index(list, index) do
      position when position < 0 -> {default, list}
      position -> do_pop_at(list, position, default, [])
    end
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp do_pop_at([head | tail], 0, _default, acc), do: {head, :lists.reverse(acc, tail)}
  defp do_pop_at([head | tail], index, default, acc), do: do_pop_at(tail, index - 1, default, [head | acc])

  @doc "Returns `true` when `list` begins with `prefix`."
  @spec starts_with?([...], [...]) :: boolean
  @spec starts_with?(list, []) :: true
  @spec starts_with?([], [...]) :: false
  def starts_with?(list, prefix)
  def starts_with?([head | tail], [head | prefix_tail]), do: starts_with?(tail, prefix_tail)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  @doc "Converts a charlist to an atom."
  @spec to_atom(charlist) :: atom
  def to_atom(charlist), do: :erlang.list_to_atom(charlist)

  @doc "Converts a charlist to an existing atom; raises `ArgumentError` when there is none."
  @spec to_existing_atom(charlist) :: atom
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)

  @doc "Converts a charlist to a float."
  @spec to_float(charlist) :: float
  def to_float(charlist), do: :erlang.list_to_float(charlist)

  @doc "Converts a charlist to an integer in `base`."
  @spec to_integer(charlist, 2..36) :: integer
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)

  @doc "Converts a list to a tuple."
  @spec to_tuple(list) :: tuple
  def to_tuple(list), do: :erlang.list_to_tuple(list)

  @doc "Converts a list of codepoints, strings and nested lists to a string."
  @spec to_string(:unicode.charlist()) :: String.t()
  def to_string(list) when is_list(list) do
    converted =
      try do
        :unicode.characters_to_binary(list)
      rescue
        ArgumentError -> raise ArgumentError, not_chardata("a string", list)
      end

    case converted do
      result when is_binary(result) ->
        result

      {:error, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid

      {:incomplete, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  @doc "Converts a list of codepoints, strings and nested lists to a charlist."
  @spec to_charlist(:unicode.charlist()) :: charlist()
  def to_charlist(list) when is_list(list) do
    converted =
      try do
        :unicode.characters_to_list(list)
      rescue
        ArgumentError -> raise ArgumentError, not_chardata("a charlist", list)
      end

    case converted do
      result when is_list(result) ->
        result

      {:error, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid

      {:incomplete, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  # The message for a list holding something other than code points and strings.
  defp not_chardata("a string" = what, list) do
    """
    cannot convert the given list to #{what}.

    To be converted to a string, a list must either be empty or only
    contain the following elements:

      * strings
      * integers representing Unicode code points
      * a list containing one of these three elements

    Please check the given list or call inspect/1 to get the list representation, got:

    #{inspect(list)}
    """
  end

  defp not_chardata(what, list) do
    """
    cannot convert the given list to #{what}.

    To be converted to a charlist, a list must contain only:

      * strings
      * integers representing Unicode code points
      * or a list containing one of these three elements

    Please check the given list or call inspect/1 to get the list representation, got:

    #{inspect(list)}
    """
  end

  @doc """
  Returns the edit script that turns `list1` into `list2`: a keyword list of
  `:eq`, `:del` and `:ins` runs (Myers' algorithm). With `diff_script`,
  unequal elements paired up may be diffed further and reported as `:diff`.
  """
  @spec myers_difference(list, list) :: [{:eq | :ins | :del, list}]
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do
    myers_difference_with(list1, list2, nil)
  end

  @spec myers_difference(list, list, (term, term -> script | nil)) ::
          [{:eq | :ins | :del, list} | {:diff, script}]
        when script: var
  def myers_difference(list1, list2, diff_script)
      when is_list(list1) and is_list(list2) and is_function(diff_script, 2) do
    myers_difference_with(list1, list2, diff_script)
  end

  # Breadth-first search over edit distances. Each path is
  # {x, remaining1, remaining2, edits}: x is how far into list1 it got and the
  # edits are kept reversed. The paths of distance d lie on the diagonals
  # -d, -d + 2, ..., d (diagonal = deletions - insertions), in that order.
  defp myers_difference_with(list1, list2, diff_script) do
    case follow_snake({0, list1, list2, []}) do
      {_, [], [], edits} -> compact(edits, [])
      path -> myers_round(1, [path], diff_script)
    end
  end

  defp myers_round(distance, paths, diff_script) do
    case myers_diagonals(-distance, distance, paths, [], diff_script) do
      {:done, edits} -> compact(edits, [])
      {:next, paths} -> myers_round(distance + 1, paths, diff_script)
    end
  end

  defp myers_diagonals(diagonal, distance, _paths, acc, _diff_script) when diagonal > distance do
    {:next, :lists.reverse(acc)}
  end

  defp myers_diagonals(diagonal, distance, paths, acc, diff_script) do
    {path, paths} = extend(diagonal, distance, paths, diff_script)

    case follow_snake(path) do
      {_, [], [], edits} -> {:done, edits}
      path -> myers_diagonals(diagonal + 2, distance, paths, [path | acc], diff_script)
    end
  end

  # The lowest diagonal can only be reached by an insertion from the path
  # above it, the highest only by a deletion; in between the path that got
  # further into list1 wins. The previous path list is consumed as we go.
  defp extend(diagonal, distance, [above | _] = paths, diff_script) when diagonal == -distance do
    {insertion(above, diff_script), paths}
  end

  defp extend(diagonal, distance, [below], _diff_script) when diagonal == distance do
    {deletion(below), []}
  end

  defp extend(_diagonal, _distance, [below, above | rest], diff_script) do
    {x_below, _, _, _} = below
    {x_above, _, _, _} = above

    if x_below >= x_above do
      {deletion(below), [above | rest]}
    else
      {insertion(above, diff_script), [above | rest]}
    end
  end

  # Takes the next element of list2. Right after a deletion, `diff_script`
  # may pair the two elements into one {:diff, script} edit.
  defp insertion({x, remaining1, [element | remaining2], edits}, diff_script) do
    case {diff_script, edits} do
      {nil, _} ->
        {x, remaining1, remaining2, [{:ins, element} | edits]}

      {_, [{:del, deleted} | earlier]} ->
        case diff_script.(deleted, element) do
          nil -> {x, remaining1, remaining2, [{:ins, element} | edits]}
          script -> {x, remaining1, remaining2, [{:diff, script} | earlier]}
        end

      _ ->
        {x, remaining1, remaining2, [{:ins, element} | edits]}
    end
  end

  defp insertion({x, remaining1, [], edits}, _diff_script), do: {x, remaining1, [], edits}

  # Skips the next element of list1.
  defp deletion({x, [element | remaining1], remaining2, edits}) do
    {x + 1, remaining1, remaining2, [{:del, element} | edits]}
  end

  defp deletion({x, [], remaining2, edits}), do: {x, [], remaining2, edits}

  defp follow_snake({x, [element | rest1], [element | rest2], edits}) do
    follow_snake({x + 1, rest1, rest2, [{:eq, element} | edits]})
  end

  defp follow_snake(path), do: path

  # Groups consecutive edits of the same kind, restoring their order.
  defp compact([], acc), do: acc

  defp compact([{:diff, script} | rest], acc), do: compact(rest, [{:diff, script} | acc])

  defp compact([{kind, element} | rest], [{kind, elements} | acc]) when kind != :diff do
    compact(rest, [{kind, [element | elements]} | acc])
  end

  # Before a new run starts, `eq X, ins X, eq Y` (X equal in both) reads as
  # `ins X, eq X ++ Y`, as Elixir's script has it.
  defp compact([_ | _] = rest, [{:eq, same}, {:ins, same}, {:eq, other} | acc]) do
    compact(rest, [{:ins, same}, {:eq, same ++ other} | acc])
  end

  defp compact([{kind, element} | rest], acc), do: compact(rest, [{kind, [element]} | acc])
end
