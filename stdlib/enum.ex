defmodule Enum do
  @moduledoc """
  Eager functions over enumerables: lists, maps, ranges, map sets, streams
  and anything else that implements the `Enumerable` protocol.

  Every function here walks the whole input (or as much of it as it needs)
  at once and returns a plain value, usually a list. Lists take direct
  recursive paths; other enumerables go through `Enumerable.reduce/3`.
  Positions are zero-based.
  """

  @type t :: Enumerable.t()
  @type acc :: any
  @type element :: any
  @type index :: integer
  @type default :: any

  # ---------------------------------------------------------------------------
  # Internal reduction helpers

  # Reduces any enumerable with a plain (element, acc -> acc) function.
  defp fold(list, acc, fun) when is_list(list), do: fold_list(list, acc, fun)

  defp fold(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    fold_range(first, last, step, acc, fun)
  end

  # A plain map goes through `:maps.fold/3`, as Elixir's `Enum.reduce/3` does:
  # a map of more than 32 keys is then walked in the iterator's order, the
  # reverse of `Map.to_list/1`'s.
  defp fold(%{} = map, acc, fun) when not is_struct(map) do
    :maps.fold(fn k, v, acc -> fun.({k, v}, acc) end, acc, map)
  end

  defp fold(enumerable, acc, fun), do: walk(enumerable, acc, fun)

  # Through the Enumerable protocol whatever the type (a map in the order of
  # `Map.to_list/1`), as Elixir's functions that call `Enumerable.reduce/3`
  # directly go.
  defp walk(enumerable, acc, fun) do
    result = Enumerable.reduce(enumerable, {:cont, acc}, fn x, acc -> {:cont, fun.(x, acc)} end)
    :erlang.element(2, result)
  end

  defp fold_list([], acc, _fun), do: acc
  defp fold_list([head | tail], acc, fun), do: fold_list(tail, fun.(head, acc), fun)

  defp fold_range(first, last, step, acc, fun) do
    if (step > 0 and first <= last) or (step < 0 and first >= last) do
      fold_range_loop(first, last, step, acc, fun)
    else
      acc
    end
  end

  defp fold_range_loop(first, last, step, acc, fun) do
    acc = fun.(first, acc)
    next = first + step

    if (step > 0 and next > last) or (step < 0 and next < last) do
      acc
    else
      fold_range_loop(next, last, step, acc, fun)
    end
  end

  # Reduces with an (element, acc -> {:cont, acc} | {:halt, acc}) function.
  defp fold_while(enumerable, acc, fun) do
    :erlang.element(2, Enumerable.reduce(enumerable, {:cont, acc}, fun))
  end

  # The elements of any enumerable, in reverse order.
  defp reversed(list) when is_list(list), do: :lists.reverse(list)
  defp reversed(enumerable), do: fold(enumerable, [], fn x, acc -> [x | acc] end)

  # The size of an enumerable if it can be found without walking it.
  defp quick_count(list) when is_list(list), do: {:ok, length(list)}

  defp quick_count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, count} -> {:ok, count}
      {:error, _module} -> :error
    end
  end

  # ---------------------------------------------------------------------------
  # Predicates

  @doc "Returns `true` when every element is truthy (or when `fun` returns a truthy value for each)."
  @spec all?(t) :: boolean
  def all?(enumerable) when is_list(enumerable), do: all_list(enumerable)

  def all?(enumerable) do
    fold_while(enumerable, true, fn x, _ ->
      if x, do: {:cont, true}, else: {:halt, false}
    end)
  end

  @spec all?(t, (element -> as_boolean(term))) :: boolean
  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  def all?(enumerable, fun) do
    fold_while(enumerable, true, fn x, _ ->
      if fun.(x), do: {:cont, true}, else: {:halt, false}
    end)
  end

  defp all_list([]), do: true
  defp all_list([head | tail]), do: if(head, do: all_list(tail), else: false)

  defp all_list([], _fun), do: true
  defp all_list([head | tail], fun), do: if(fun.(head), do: all_list(tail, fun), else: false)

  @doc "Returns `true` when at least one element is truthy (or makes `fun` return a truthy value)."
  @spec any?(t) :: boolean
  def any?(enumerable) when is_list(enumerable), do: any_list(enumerable)

  def any?(enumerable) do
    fold_while(enumerable, false, fn x, _ ->
      if x, do: {:halt, true}, else: {:cont, false}
    end)
  end

  @spec any?(t, (element -> as_boolean(term))) :: boolean
  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  def any?(enumerable, fun) do
    fold_while(enumerable, false, fn x, _ ->
      if fun.(x), do: {:halt, true}, else: {:cont, false}
    end)
  end

  defp any_list([]), do: false
  defp any_list([head | tail]), do: if(head, do: true, else: any_list(tail))

  defp any_list([], _fun), do: false
  defp any_list([head | tail], fun), do: if(fun.(head), do: true, else: any_list(tail, fun))

  @doc "Returns `true` when the enumerable has no elements."
  @spec empty?(t) :: boolean
  def empty?(enumerable) when is_list(enumerable), do: enumerable == []

  def empty?(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, size, _fun} ->
        size == 0

      {:error, _module} ->
        fold_while(enumerable, true, fn _, _ -> {:halt, false} end)
    end
  end

  @doc "Returns `true` when `element` is in the enumerable, compared with `===`."
  @spec member?(t, element) :: boolean
  def member?(enumerable, element) when is_list(enumerable) do
    :lists.member(element, enumerable)
  end

  def member?(enumerable, element) do
    case Enumerable.member?(enumerable, element) do
      {:ok, found} when is_boolean(found) ->
        found

      {:error, module} ->
        result =
          module.reduce(enumerable, {:cont, false}, fn
            x, _ when x === element -> {:halt, true}
            _, _ -> {:cont, false}
          end)

        :erlang.element(2, result)
    end
  end

  # ---------------------------------------------------------------------------
  # Positions

  @doc "Returns the element at `index` (negative counts from the end), or `default`."
  @spec at(t, index, default) :: element | default
  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, element} -> element
      :error -> default
    end
  end

  @doc "Returns `{:ok, element}` for the element at `index` (negative counts from the end), or `:error`."
  @spec fetch(t, index) :: {:ok, element} | :error
  def fetch(enumerable, index) when is_list(enumerable) and is_integer(index) do
    if index < 0 do
      fetch_list(:lists.reverse(enumerable), -index - 1)
    else
      fetch_list(enumerable, index)
    end
  end

  def fetch(%{__struct__: Range, first: first, last: last, step: step} = range, index)
      when is_integer(index) do
    size = Range.size(range)

    cond do
      index >= 0 and index < size -> {:ok, first + index * step}
      index < 0 and -index <= size -> {:ok, last_in_range(first, last, step) + (index + 1) * step}
      true -> :error
    end
  end

  def fetch(enumerable, index) when is_integer(index) and index < 0 do
    case slice_access(enumerable) do
      {:ok, size, fun} ->
        if -index <= size, do: {:ok, hd(fun.(size + index, 1, 1))}, else: :error

      :error ->
        fetch_list(reversed(enumerable), -index - 1)
    end
  end

  def fetch(enumerable, index) when is_integer(index) do
    case slice_access(enumerable) do
      {:ok, size, fun} ->
        if index < size, do: {:ok, hd(fun.(index, 1, 1))}, else: :error

      :error ->
        result =
          fold_while(enumerable, {:not_found, 0}, fn
            x, {_, ^index} -> {:halt, {:found, x}}
            _, {_, position} -> {:cont, {:not_found, position + 1}}
          end)

        case result do
          {:found, element} -> {:ok, element}
          {:not_found, _} -> :error
        end
    end
  end

  defp fetch_list([], _index), do: :error
  defp fetch_list([head | _], 0), do: {:ok, head}
  defp fetch_list([_ | tail], index), do: fetch_list(tail, index - 1)

  defp last_in_range(first, last, step), do: last - rem(last - first, step)

  @doc "Returns the element at `index`, raising `Enum.OutOfBoundsError` when there is none."
  @spec fetch!(t, index) :: element
  def fetch!(enumerable, index) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, element} -> element
      :error -> raise Enum.OutOfBoundsError
    end
  end

  # Normalises Enumerable.slice/1 to {:ok, size, (start, length, step -> list)} or :error.
  defp slice_access(list) when is_list(list) do
    {:ok, length(list), fn start, amount, step -> slice_list(list, start, amount, step) end}
  end

  defp slice_access(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, size, fun} when is_function(fun, 3) ->
        {:ok, size, fun}

      {:ok, size, fun} when is_function(fun, 2) ->
        {:ok, size,
         fn
           start, amount, 1 -> fun.(start, amount)
           start, amount, step -> take_every_list(fun.(start, (amount - 1) * step + 1), step)
         end}

      {:ok, size, fun} when is_function(fun, 1) ->
        {:ok, size, fn start, amount, step -> slice_list(fun.(enumerable), start, amount, step) end}

      {:error, _module} ->
        :error
    end
  end

  # Takes `amount` elements from `start`, one in every `step`.
  defp slice_list(list, start, amount, step) do
    take_stepped(drop_list(list, start), amount, step)
  end

  defp take_stepped(_list, 0, _step), do: []
  defp take_stepped([], _amount, _step), do: []

  defp take_stepped([head | tail], amount, step) do
    [head | take_stepped(drop_list(tail, step - 1), amount - 1, step)]
  end

  defp drop_list(list, 0), do: list
  defp drop_list([], _n), do: []
  defp drop_list([_ | tail], n), do: drop_list(tail, n - 1)

  # ---------------------------------------------------------------------------
  # Chunking

  @doc false
  @deprecated "Use Enum.chunk_every/2 instead"
  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)

  @doc false
  @deprecated "Use Enum.chunk_every/3 instead"
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)

  @doc false
  @deprecated "Use Enum.chunk_every/4 instead"
  def chunk(enumerable, count, step, leftover) do
    chunk_every(enumerable, count, step, leftover || :discard)
  end

  @doc "Splits the enumerable into lists of `count` elements; the last one may be shorter."
  @spec chunk_every(t, pos_integer) :: [list]
  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  @doc """
  Splits the enumerable into lists of `count` elements, starting a new list
  every `step` elements. A final incomplete list is padded from `leftover`,
  or dropped when `leftover` is `:discard`.
  """
  @spec chunk_every(t, pos_integer, pos_integer, t | :discard) :: [list]
  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = :erlang.max(count, step)

    add = fn element, {buffer, size} ->
      buffer = [element | buffer]
      size = size + 1

      kept =
        if size >= limit do
          remaining = size - step
          {take_list(buffer, remaining), remaining}
        else
          {buffer, size}
        end

      if size == count do
        {:cont, :lists.reverse(buffer), kept}
      else
        {:cont, kept}
      end
    end

    finish = fn
      {_buffer, 0} ->
        {:cont, []}

      {buffer, size} ->
        if leftover == :discard or size >= count do
          {:cont, []}
        else
          {:cont, :lists.reverse(buffer, take(leftover, count - size)), []}
        end
    end

    chunk_while(enumerable, {[], 0}, add, finish)
  end

  @doc """
  Splits the enumerable into chunks decided by `chunk_fun`, which returns
  `{:cont, chunk, acc}` to emit a chunk, `{:cont, acc}` to go on, or
  `{:halt, acc}` to stop. `after_fun` may emit one last chunk.
  """
  @spec chunk_while(
          t,
          acc,
          (element, acc -> {:cont, chunk, acc} | {:cont, acc} | {:halt, acc}),
          (acc -> {:cont, chunk, acc} | {:cont, acc})
        ) :: [chunk]
        when chunk: any
  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    step = fn element, {chunks, acc} ->
      case chunk_fun.(element, acc) do
        {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
        {:cont, acc} -> {:cont, {chunks, acc}}
        {:halt, acc} -> {:halt, {chunks, acc}}
      end
    end

    {chunks, acc} = fold_while(enumerable, {[], acc}, step)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  @doc "Splits the enumerable into runs of consecutive elements for which `fun` returns the same value."
  @spec chunk_by(t, (element -> any)) :: [list]
  def chunk_by(enumerable, fun) do
    add = fn
      element, nil ->
        {:cont, {[element], fun.(element)}}

      element, {run, key} ->
        new_key = fun.(element)

        if new_key == key do
          {:cont, {[element | run], key}}
        else
          {:cont, :lists.reverse(run), {[element], new_key}}
        end
    end

    finish = fn
      nil -> {:cont, nil}
      {run, _key} -> {:cont, :lists.reverse(run), nil}
    end

    chunk_while(enumerable, nil, add, finish)
  end

  # ---------------------------------------------------------------------------
  # Concatenation and counting

  @doc "Joins a list of enumerables into one list."
  @spec concat(t) :: t
  def concat(enumerables) when is_list(enumerables) do
    if all_lists?(enumerables) do
      :lists.append(enumerables)
    else
      :lists.reverse(fold(enumerables, [], fn e, acc -> reversed_onto(e, acc) end))
    end
  end

  def concat(enumerables) do
    :lists.reverse(fold(enumerables, [], fn e, acc -> reversed_onto(e, acc) end))
  end

  defp all_lists?([]), do: true
  defp all_lists?([head | tail]) when is_list(head), do: all_lists?(tail)
  defp all_lists?(_), do: false

  defp reversed_onto(list, acc) when is_list(list), do: :lists.reverse(list, acc)
  defp reversed_onto(enumerable, acc), do: fold(enumerable, acc, fn x, acc -> [x | acc] end)

  @doc "Joins two enumerables into one list."
  @spec concat(t, t) :: t
  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: :lists.reverse(reversed_onto(right, reversed(left)))

  @doc "Returns the number of elements."
  @spec count(t) :: non_neg_integer
  def count(enumerable) when is_list(enumerable), do: length(enumerable)

  def count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, count} when is_integer(count) -> count
      {:error, module} -> :erlang.element(2, module.reduce(enumerable, {:cont, 0}, &count_step/2))
    end
  end

  defp count_step(_element, count), do: {:cont, count + 1}

  @doc "Returns the number of elements for which `fun` returns a truthy value."
  @spec count(t, (element -> as_boolean(term))) :: non_neg_integer
  def count(enumerable, fun) do
    fold(enumerable, 0, fn x, count -> if fun.(x), do: count + 1, else: count end)
  end

  @doc "Counts elements, stopping once `limit` is reached."
  @spec count_until(t, pos_integer) :: non_neg_integer
  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    case quick_count(enumerable) do
      {:ok, count} ->
        :erlang.min(count, limit)

      :error ->
        fold_while(enumerable, 0, fn _, count ->
          if count + 1 >= limit, do: {:halt, limit}, else: {:cont, count + 1}
        end)
    end
  end

  @doc "Counts elements for which `fun` is truthy, stopping once `limit` is reached."
  @spec count_until(t, (element -> as_boolean(term)), pos_integer) :: non_neg_integer
  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    fold_while(enumerable, 0, fn x, count ->
      cond do
        not fun.(x) -> {:cont, count}
        count + 1 >= limit -> {:halt, limit}
        true -> {:cont, count + 1}
      end
    end)
  end

  # ---------------------------------------------------------------------------
  # Dedup and uniq

  @doc "Removes consecutive duplicate elements (compared with `===`)."
  @spec dedup(t) :: list
  def dedup(enumerable) when is_list(enumerable), do: dedup_list(enumerable)

  def dedup(enumerable) do
    {acc, _} =
      fold(enumerable, {[], :__dedup_none__}, fn
        x, {acc, {:last, last}} when x === last -> {acc, {:last, last}}
        x, {acc, _} -> {[x | acc], {:last, x}}
      end)

    :lists.reverse(acc)
  end

  defp dedup_list([a, b | rest]) when a === b, do: dedup_list([b | rest])
  defp dedup_list([a | rest]), do: [a | dedup_list(rest)]
  defp dedup_list([]), do: []

  @doc "Removes consecutive elements for which `fun` returns the same value as for the one before."
  @spec dedup_by(t, (element -> term)) :: list
  def dedup_by(enumerable, fun) do
    {acc, _} =
      fold(enumerable, {[], :__dedup_none__}, fn x, {acc, previous} ->
        key = fun.(x)

        case previous do
          {:last, last} when last === key -> {acc, previous}
          _ -> {[x | acc], {:last, key}}
        end
      end)

    :lists.reverse(acc)
  end

  @doc "Removes duplicate elements, keeping the first of each."
  @spec uniq(t) :: list
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  @doc false
  @deprecated "Use Enum.uniq_by/2 instead"
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

  @doc "Removes elements for which `fun` returns a value already seen, keeping the first of each."
  @spec uniq_by(t, (element -> term)) :: list
  def uniq_by(enumerable, fun) when is_list(enumerable), do: uniq_list(enumerable, %{}, fun)

  def uniq_by(enumerable, fun) do
    {acc, _seen} =
      fold(enumerable, {[], %{}}, fn x, {acc, seen} ->
        key = fun.(x)

        if :maps.is_key(key, seen) do
          {acc, seen}
        else
          {[x | acc], :maps.put(key, true, seen)}
        end
      end)

    :lists.reverse(acc)
  end

  defp uniq_list([], _seen, _fun), do: []

  defp uniq_list([head | tail], seen, fun) do
    key = fun.(head)

    if :maps.is_key(key, seen) do
      uniq_list(tail, seen, fun)
    else
      [head | uniq_list(tail, :maps.put(key, true, seen), fun)]
    end
  end

  # ---------------------------------------------------------------------------
  # Drop and take

  @doc "Drops `amount` elements from the start (or from the end when negative)."
  @spec drop(t, integer) :: list
  def drop(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount >= 0 do
    drop_list(enumerable, amount)
  end

  def drop(enumerable, 0), do: to_list(enumerable)

  def drop(enumerable, amount) when is_integer(amount) and amount > 0 do
    {list, _} =
      fold(enumerable, {[], amount}, fn
        x, {acc, 0} -> {[x | acc], 0}
        _, {acc, n} -> {acc, n - 1}
      end)

    :lists.reverse(list)
  end

  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    {list, count} = reverse_count(enumerable)
    drop = :erlang.min(-amount, count)
    :lists.reverse(drop_list(list, drop))
  end

  # The reversed elements of an enumerable and their number.
  defp reverse_count(enumerable) do
    fold(enumerable, {[], 0}, fn x, {acc, count} -> {[x | acc], count + 1} end)
  end

  @doc "Returns a list of every `nth` element dropped, starting with the first."
  @spec drop_every(t, non_neg_integer) :: list
  def drop_every(enumerable, nth)
  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every([], nth) when is_integer(nth), do: []

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {acc, _} =
      fold(enumerable, {[], nth}, fn
        _, {acc, ^nth} -> {acc, 1}
        x, {acc, position} -> {[x | acc], position + 1}
      end)

    :lists.reverse(acc)
  end

  @doc "Drops elements from the start while `fun` returns a truthy value."
  @spec drop_while(t, (element -> as_boolean(term))) :: list
  def drop_while(enumerable, fun) when is_list(enumerable), do: drop_while_list(enumerable, fun)

  def drop_while(enumerable, fun) do
    {list, _} =
      fold(enumerable, {[], true}, fn
        x, {acc, true} -> if fun.(x), do: {acc, true}, else: {[x | acc], false}
        x, {acc, false} -> {[x | acc], false}
      end)

    :lists.reverse(list)
  end

  defp drop_while_list([head | tail] = list, fun) do
    if fun.(head), do: drop_while_list(tail, fun), else: list
  end

  defp drop_while_list([], _fun), do: []

  @doc "Takes `amount` elements from the start (or from the end when negative)."
  @spec take(t, integer) :: list
  def take(enumerable, amount)
  def take(_enumerable, 0), do: []

  def take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0 do
    take_list(enumerable, amount)
  end

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {list, _} =
      fold_while(enumerable, {[], amount}, fn x, {acc, n} ->
        if n == 1, do: {:halt, {[x | acc], 0}}, else: {:cont, {[x | acc], n - 1}}
      end)

    :lists.reverse(list)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    case quick_count(enumerable) do
      {:ok, count} when is_list(enumerable) ->
        drop_list(enumerable, :erlang.max(count + amount, 0))

      _ ->
        {list, _count} = reverse_count(enumerable)
        :lists.reverse(take_list(list, -amount))
    end
  end

  defp take_list(_list, 0), do: []
  defp take_list([], _n), do: []
  defp take_list([head | tail], n), do: [head | take_list(tail, n - 1)]

  @doc "Returns every `nth` element, starting with the first."
  @spec take_every(t, non_neg_integer) :: list
  def take_every(enumerable, nth)
  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(_enumerable, 0), do: []
  def take_every([], nth) when is_integer(nth) and nth > 1, do: []

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {acc, _} =
      fold(enumerable, {[], nth}, fn
        x, {acc, ^nth} -> {[x | acc], 1}
        _, {acc, position} -> {acc, position + 1}
      end)

    :lists.reverse(acc)
  end

  defp take_every_list([], _nth), do: []
  defp take_every_list([head | tail], nth), do: [head | take_every_list(drop_list(tail, nth - 1), nth)]

  @doc "Takes elements from the start while `fun` returns a truthy value."
  @spec take_while(t, (element -> as_boolean(term))) :: list
  def take_while(enumerable, fun) when is_list(enumerable), do: take_while_list(enumerable, fun)

  def take_while(enumerable, fun) do
    list =
      fold_while(enumerable, [], fn x, acc ->
        if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
      end)

    :lists.reverse(list)
  end

  defp take_while_list([head | tail], fun) do
    if fun.(head), do: [head | take_while_list(tail, fun)], else: []
  end

  defp take_while_list([], _fun), do: []

  # ---------------------------------------------------------------------------
  # Walking, mapping and filtering

  @doc "Calls `fun` on each element for its side effects; returns `:ok`."
  @spec each(t, (element -> any)) :: :ok
  def each(enumerable, fun) when is_list(enumerable) do
    each_list(enumerable, fun)
  end

  def each(enumerable, fun) do
    fold(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end

  defp each_list([], _fun), do: :ok

  defp each_list([head | tail], fun) do
    fun.(head)
    each_list(tail, fun)
  end

  @doc "Keeps the elements for which `fun` returns a truthy value."
  @spec filter(t, (element -> as_boolean(term))) :: list
  def filter(enumerable, fun) when is_list(enumerable), do: filter_list(enumerable, fun)

  def filter(enumerable, fun) do
    :lists.reverse(fold(enumerable, [], fn x, acc -> if fun.(x), do: [x | acc], else: acc end))
  end

  defp filter_list(list, fun), do: filter_list(list, fun, [])

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)

  defp filter_list([head | tail], fun, acc) do
    if fun.(head), do: filter_list(tail, fun, [head | acc]), else: filter_list(tail, fun, acc)
  end

  @doc false
  @deprecated "Use Enum.filter/2 + Enum.map/2 or for comprehensions instead"
  def filter_map(enumerable, filter, mapper) do
    :lists.reverse(
      fold(enumerable, [], fn x, acc -> if filter.(x), do: [mapper.(x) | acc], else: acc end)
    )
  end

  @doc "Drops the elements for which `fun` returns a truthy value."
  @spec reject(t, (element -> as_boolean(term))) :: list
  def reject(enumerable, fun) when is_list(enumerable), do: reject_list(enumerable, fun)

  def reject(enumerable, fun) do
    :lists.reverse(fold(enumerable, [], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end))
  end

  defp reject_list([], _fun), do: []

  defp reject_list([head | tail], fun) do
    if fun.(head), do: reject_list(tail, fun), else: [head | reject_list(tail, fun)]
  end

  @doc "Returns `{kept, rejected}`: the elements for which `fun` is truthy, and the others."
  @spec split_with(t, (element -> as_boolean(term))) :: {list, list}
  def split_with(enumerable, fun) do
    {yes, no} =
      fold(enumerable, {[], []}, fn x, {yes, no} ->
        if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]}
      end)

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  @doc false
  @deprecated "Use Enum.split_with/2 instead"
  def partition(enumerable, fun), do: split_with(enumerable, fun)

  @doc "Returns the first element for which `fun` is truthy, or `default`."
  @spec find(t, default, (element -> any)) :: element | default
  def find(enumerable, default \\ nil, fun)

  def find(enumerable, default, fun) when is_list(enumerable), do: find_list(enumerable, default, fun)

  def find(enumerable, default, fun) do
    fold_while(enumerable, default, fn x, acc ->
      if fun.(x), do: {:halt, x}, else: {:cont, acc}
    end)
  end

  defp find_list([], default, _fun), do: default

  defp find_list([head | tail], default, fun) do
    if fun.(head), do: head, else: find_list(tail, default, fun)
  end

  @doc "Returns the index of the first element for which `fun` is truthy, or `nil`."
  @spec find_index(t, (element -> any)) :: non_neg_integer | nil
  def find_index(enumerable, fun) when is_list(enumerable), do: find_index_list(enumerable, 0, fun)

  def find_index(enumerable, fun) do
    result =
      fold_while(enumerable, {:not_found, 0}, fn x, {_, index} ->
        if fun.(x), do: {:halt, {:found, index}}, else: {:cont, {:not_found, index + 1}}
      end)

    case result do
      {:found, index} -> index
      {:not_found, _} -> nil
    end
  end

  defp find_index_list([], _index, _fun), do: nil

  defp find_index_list([head | tail], index, fun) do
    if fun.(head), do: index, else: find_index_list(tail, index + 1, fun)
  end

  @doc "Returns the first truthy value returned by `fun`, or `default`."
  @spec find_value(t, any, (element -> any)) :: any
  def find_value(enumerable, default \\ nil, fun)

  def find_value(enumerable, default, fun) when is_list(enumerable) do
    find_value_list(enumerable, default, fun)
  end

  def find_value(enumerable, default, fun) do
    fold_while(enumerable, default, fn x, acc ->
      value = fun.(x)
      if value, do: {:halt, value}, else: {:cont, acc}
    end)
  end

  defp find_value_list([], default, _fun), do: default

  defp find_value_list([head | tail], default, fun) do
    fun.(head) || find_value_list(tail, default, fun)
  end

  @doc "Maps each element with `fun`, which must return an enumerable, and joins the results."
  @spec flat_map(t, (element -> t)) :: list
  def flat_map(enumerable, fun) when is_list(enumerable), do: flat_map_list(enumerable, fun)

  def flat_map(enumerable, fun) do
    :lists.reverse(fold(enumerable, [], fn x, acc -> reversed_onto(fun.(x), acc) end))
  end

  defp flat_map_list([], _fun), do: []

  defp flat_map_list([head | tail], fun) do
    case fun.(head) do
      list when is_list(list) -> list ++ flat_map_list(tail, fun)
      other -> to_list(other) ++ flat_map_list(tail, fun)
    end
  end

  @doc """
  Maps and reduces at once: `fun` returns `{enumerable, acc}` or `{:halt, acc}`.
  Returns `{flattened_results, acc}`.
  """
  @spec flat_map_reduce(t, acc, (element, acc -> {t, acc} | {:halt, acc})) :: {[any], acc}
  def flat_map_reduce(enumerable, acc, fun) do
    {list, acc} =
      fold_while(enumerable, {[], acc}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} ->
            {:halt, {list, acc}}

          {[], acc} ->
            {:cont, {list, acc}}

          {[entry], acc} ->
            {:cont, {[entry | list], acc}}

          {entries, acc} ->
            {:cont, {reversed_onto(entries, list), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  @doc "Counts how many times each element occurs, as a map."
  @spec frequencies(t) :: map
  def frequencies(enumerable) do
    fold(enumerable, %{}, fn key, acc ->
      case acc do
        %{^key => count} -> %{acc | key => count + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  @doc "Counts how many elements give each value of `key_fun`, as a map."
  @spec frequencies_by(t, (element -> any)) :: map
  def frequencies_by(enumerable, key_fun) do
    fold(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)

      case acc do
        %{^key => count} -> %{acc | key => count + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  @doc "Groups elements by the value of `key_fun`; each group keeps its order. `value_fun` maps the stored elements."
  @spec group_by(t, (element -> any), (element -> any)) :: map
  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end)

  def group_by(enumerable, key_fun, value_fun) when is_function(key_fun) do
    reversed(enumerable)
    |> fold_list(%{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)

      case acc do
        %{^key => values} -> %{acc | key => [value | values]}
        %{} -> :maps.put(key, [value], acc)
      end
    end)
  end

  @doc "Puts `separator` between each pair of elements."
  @spec intersperse(t, element) :: list
  def intersperse(enumerable, separator) when is_list(enumerable) do
    case enumerable do
      [] -> []
      [head | tail] -> [head | intersperse_list(tail, separator)]
    end
  end

  def intersperse(enumerable, separator) do
    list =
      fold(enumerable, [], fn
        x, [] -> [x]
        x, acc -> [x, separator | acc]
      end)

    :lists.reverse(list)
  end

  defp intersperse_list([], _separator), do: []

  defp intersperse_list([head | tail], separator) do
    [separator, head | intersperse_list(tail, separator)]
  end

  @doc "Maps each element with `mapper` and puts `separator` between the results."
  @spec map_intersperse(t, element, (element -> any)) :: list
  def map_intersperse(enumerable, separator, mapper) when is_list(enumerable) do
    map_intersperse_list(enumerable, separator, mapper)
  end

  def map_intersperse(enumerable, separator, mapper) do
    list =
      fold(enumerable, [], fn
        x, [] -> [mapper.(x)]
        x, acc -> [mapper.(x), separator | acc]
      end)

    :lists.reverse(list)
  end

  # (one function for the whole list, as Elixir's, whose frames name it)
  defp map_intersperse_list([], _separator, _mapper), do: []
  defp map_intersperse_list([last], _separator, mapper), do: [mapper.(last)]

  defp map_intersperse_list([head | tail], separator, mapper) do
    [mapper.(head), separator | map_intersperse_list(tail, separator, mapper)]
  end

  # ---------------------------------------------------------------------------
  # Collecting

  @doc "Puts the elements of `enumerable` into `collectable`."
  @spec into(Enumerable.t(), Collectable.t()) :: Collectable.t()
  def into(enumerable, collectable)

  def into(enumerable, []) when is_list(enumerable), do: enumerable
  def into(%{__struct__: _} = enumerable, collectable), do: into_protocol(enumerable, collectable)
  def into(enumerable, %{__struct__: _} = collectable), do: into_protocol(enumerable, collectable)

  def into(enumerable, %{} = collectable) when is_list(enumerable) do
    :maps.merge(collectable, :maps.from_list(enumerable))
  end

  def into(%{} = enumerable, %{} = collectable), do: :maps.merge(collectable, enumerable)

  def into(enumerable, %{} = collectable) when map_size(collectable) == 0 do
    :maps.from_list(to_list(enumerable))
  end

  def into(enumerable, %{} = collectable), do: into_map(enumerable, collectable)

  def into(enumerable, collectable), do: into_protocol(enumerable, collectable)

  defp into_map(enumerable, map) do
    fold(enumerable, map, fn {key, value}, acc -> :maps.put(key, value, acc) end)
  end

  defp into_protocol(enumerable, collectable) do
    {initial, collector} = Collectable.into(collectable)
    collect(enumerable, initial, collector, fn x, acc -> collector.(acc, {:cont, x}) end)
  end

  defp collect(enumerable, initial, collector, step) do
    acc =
      try do
        walk(enumerable, initial, step)
      catch
        kind, reason ->
          collector.(initial, :halt)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    collector.(acc, :done)
  end

  @doc "Puts the elements of `enumerable`, each passed through `transform`, into `collectable`."
  @spec into(Enumerable.t(), Collectable.t(), (term -> term)) :: Collectable.t()
  def into(enumerable, [], transform) when is_list(enumerable), do: map_list(enumerable, transform)

  def into(enumerable, %{} = collectable, transform)
      when is_list(enumerable) and map_size(collectable) == 0 do
    :maps.from_list(map_list(enumerable, transform))
  end

  def into(enumerable, %{} = collectable, transform)
      when is_list(enumerable) and not is_map_key(collectable, :__struct__) do
    fold_list(enumerable, collectable, fn x, acc ->
      {key, value} = transform.(x)
      :maps.put(key, value, acc)
    end)
  end

  def into(enumerable, [], transform), do: map(enumerable, transform)

  def into(enumerable, %{} = collectable, transform) when not is_map_key(collectable, :__struct__) do
    fold(enumerable, collectable, fn x, acc ->
      {key, value} = transform.(x)
      :maps.put(key, value, acc)
    end)
  end

  def into(enumerable, collectable, transform) when is_function(transform, 1) do
    {initial, collector} = Collectable.into(collectable)
    collect(enumerable, initial, collector, fn x, acc -> collector.(acc, {:cont, transform.(x)}) end)
  end

  @doc "Joins the elements, converted to strings, with `joiner` between them."
  @spec join(t, String.t()) :: String.t()
  def join(enumerable, joiner \\ "")

  def join(enumerable, "") do
    :erlang.iolist_to_binary(map_list(to_list(enumerable), &entry_to_string/1))
  end

  def join(enumerable, joiner) when is_binary(joiner) do
    :erlang.iolist_to_binary(map_intersperse(enumerable, joiner, &entry_to_string/1))
  end

  @doc "Maps each element with `mapper` and joins the results, converted to strings, with `joiner`."
  @spec map_join(t, String.t(), (element -> String.Chars.t())) :: String.t()
  def map_join(enumerable, joiner \\ "", mapper)

  def map_join(enumerable, joiner, mapper) when is_binary(joiner) do
    parts = map_intersperse(enumerable, joiner, fn x -> entry_to_string(mapper.(x)) end)
    :erlang.iolist_to_binary(parts)
  end

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: String.Chars.to_string(entry)

  @doc "Returns a list with `fun` applied to each element."
  @spec map(t, (element -> any)) :: list
  def map(enumerable, fun) when is_list(enumerable), do: map_list(enumerable, fun)

  def map(enumerable, fun) do
    :lists.reverse(fold(enumerable, [], fn x, acc -> [fun.(x) | acc] end))
  end

  defp map_list(list, fun), do: map_list(list, fun, [])

  defp map_list([], _fun, acc), do: :lists.reverse(acc)
  defp map_list([head | tail], fun, acc), do: map_list(tail, fun, [fun.(head) | acc])

  @doc "Applies `fun` to every `nth` element, starting with the first; the others are kept as they are."
  @spec map_every(t, non_neg_integer, (element -> any)) :: list
  def map_every(enumerable, nth, fun)
  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every([], nth, _fun) when is_integer(nth) and nth > 1, do: []

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {acc, _} =
      fold(enumerable, {[], nth}, fn
        x, {acc, ^nth} -> {[fun.(x) | acc], 1}
        x, {acc, position} -> {[x | acc], position + 1}
      end)

    :lists.reverse(acc)
  end

  @doc "Maps and reduces at once: `fun` returns `{mapped, acc}`. Returns `{mapped_list, acc}`."
  @spec map_reduce(t, acc, (element, acc -> {element, acc})) :: {list, acc}
  def map_reduce(enumerable, acc, fun) when is_list(enumerable) do
    map_reduce_list(enumerable, acc, fun, [])
  end

  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      fold(enumerable, {[], acc}, fn x, {list, acc} ->
        {mapped, acc} = fun.(x, acc)
        {[mapped | list], acc}
      end)

    {:lists.reverse(list), acc}
  end

  defp map_reduce_list([], acc, _fun, mapped), do: {:lists.reverse(mapped), acc}

  defp map_reduce_list([head | tail], acc, fun, mapped) do
    {value, acc} = fun.(head, acc)
    map_reduce_list(tail, acc, fun, [value | mapped])
  end

  # ---------------------------------------------------------------------------
  # Minimum and maximum

  defp empty_error, do: fn -> raise Enum.EmptyError end

  # A sorter is a function or a module with `compare/2` (`:asc` and `:desc`
  # are taken for modules here, as Elixir does).
  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  @doc """
  Returns the largest element by term order (or by `sorter`, a function or a
  module with `compare/2`); calls `empty_fallback` when there are no elements.
  """
  @spec max(t, (element, element -> boolean) | module, (() -> empty_result)) ::
          element | empty_result
        when empty_result: any
  def max(enumerable), do: max(enumerable, &>=/2, empty_error())

  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    max(enumerable, &>=/2, empty_fallback)
  end

  def max(enumerable, sorter), do: max(enumerable, sorter, empty_error())

  def max(enumerable, sorter, empty_fallback) do
    best_by(enumerable, fn x -> x end, max_sort_fun(sorter), empty_fallback)
  end

  @doc """
  Returns the smallest element by term order (or by `sorter`); calls
  `empty_fallback` when there are no elements.
  """
  @spec min(t, (element, element -> boolean) | module, (() -> empty_result)) ::
          element | empty_result
        when empty_result: any
  def min(enumerable), do: min(enumerable, &<=/2, empty_error())

  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    min(enumerable, &<=/2, empty_fallback)
  end

  def min(enumerable, sorter), do: min(enumerable, sorter, empty_error())

  def min(enumerable, sorter, empty_fallback) do
    best_by(enumerable, fn x -> x end, min_sort_fun(sorter), empty_fallback)
  end

  @doc "Returns the element for which `fun` gives the largest value; see `max/3`."
  @spec max_by(t, (element -> any), (element, element -> boolean) | module, (() -> empty_result)) ::
          element | empty_result
        when empty_result: any
  def max_by(enumerable, fun) do
    max_by(enumerable, fun, &>=/2, empty_error())
  end

  def max_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    max_by(enumerable, fun, &>=/2, empty_fallback)
  end

  def max_by(enumerable, fun, sorter) do
    max_by(enumerable, fun, sorter, empty_error())
  end

  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    best_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)
  end

  @doc "Returns the element for which `fun` gives the smallest value; see `min/3`."
  @spec min_by(t, (element -> any), (element, element -> boolean) | module, (() -> empty_result)) ::
          element | empty_result
        when empty_result: any
  def min_by(enumerable, fun) do
    min_by(enumerable, fun, &<=/2, empty_error())
  end

  def min_by(enumerable, fun, empty_fallback) when is_function(fun, 1) and is_function(empty_fallback, 0) do
    min_by(enumerable, fun, &<=/2, empty_fallback)
  end

  def min_by(enumerable, fun, sorter) do
    min_by(enumerable, fun, sorter, empty_error())
  end

  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    best_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)
  end

  # Keeps the element whose key wins against every later key under `keep?`
  # (ties go to the earlier element).
  defp best_by(enumerable, fun, keep?, empty_fallback) do
    result =
      fold(enumerable, :__best_none__, fn
        x, :__best_none__ ->
          {x, fun.(x)}

        x, {_best, best_key} = acc ->
          key = fun.(x)
          if keep?.(best_key, key), do: acc, else: {x, key}
      end)

    case result do
      :__best_none__ -> empty_fallback.()
      {best, _key} -> best
    end
  end

  @doc "Returns `{min, max}`; calls `empty_fallback` when there are no elements."
  @spec min_max(t, (() -> empty_result)) :: {element, element} | empty_result
        when empty_result: any
  def min_max(enumerable, empty_fallback \\ empty_error())

  def min_max(%{__struct__: Range, first: first, last: last, step: step} = range, empty_fallback)
      when is_function(empty_fallback, 0) do
    case Range.size(range) do
      0 ->
        empty_fallback.()

      _ ->
        last = last_in_range(first, last, step)
        {:erlang.min(first, last), :erlang.max(first, last)}
    end
  end

  def min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    result =
      fold(enumerable, :__best_none__, fn
        x, :__best_none__ -> {x, x}
        x, {min, max} -> {if(x < min, do: x, else: min), if(x > max, do: x, else: max)}
      end)

    case result do
      :__best_none__ -> empty_fallback.()
      {min, max} -> {min, max}
    end
  end

  @doc "Returns `{element_with_min_key, element_with_max_key}` for the keys given by `fun`."
  @spec min_max_by(t, (element -> any), (element, element -> boolean) | module, (() -> empty_result)) ::
          {element, element} | empty_result
        when empty_result: any
  def min_max_by(enumerable, fun) when is_function(fun, 1) do
    min_max_by(enumerable, fun, &</2, empty_error())
  end

  def min_max_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, &</2, empty_fallback)
  end

  def min_max_by(enumerable, fun, sorter) when is_function(fun, 1) do
    min_max_by(enumerable, fun, sorter, empty_error())
  end

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0) do
    less? = min_max_sorter(sorter)

    result =
      fold(enumerable, :__best_none__, fn
        x, :__best_none__ ->
          key = fun.(x)
          {{x, key}, {x, key}}

        x, {{_, min_key} = min, {_, max_key} = max} ->
          key = fun.(x)
          min = if less?.(key, min_key), do: {x, key}, else: min
          max = if less?.(max_key, key), do: {x, key}, else: max
          {min, max}
      end)

    case result do
      :__best_none__ -> empty_fallback.()
      {{min, _}, {max, _}} -> {min, max}
    end
  end

  defp min_max_sorter(sorter) when is_function(sorter, 2), do: sorter
  defp min_max_sorter(module) when is_atom(module), do: &(module.compare(&1, &2) == :lt)

  # ---------------------------------------------------------------------------
  # Numbers

  @doc "Returns the sum of the elements."
  @spec sum(t) :: number
  def sum(%{__struct__: Range, first: first, last: last, step: step} = range) do
    case Range.size(range) do
      0 ->
        0

      size ->
        last = last_in_range(first, last, step)
        div((first + last) * size, 2)
    end
  end

  def sum(list) when is_list(list), do: sum_list(list, 0, &+/2)
  def sum(enumerable), do: fold(enumerable, 0, fn x, acc -> acc + x end)

  # Adds through `&+/2`, as Elixir's folding does, so that a failure names its operands.
  defp sum_list([], acc, _add), do: acc
  defp sum_list([head | tail], acc, add), do: sum_list(tail, add.(head, acc), add)

  @doc "Returns the product of the elements."
  @spec product(t) :: number
  def product(enumerable), do: fold(enumerable, 1, fn x, acc -> acc * x end)

  # ---------------------------------------------------------------------------
  # Random

  @doc "Returns a random element; raises `Enum.EmptyError` when there is none."
  @spec random(t) :: element
  def random(enumerable) when is_list(enumerable) do
    case length(enumerable) do
      0 -> raise Enum.EmptyError
      size -> :lists.nth(random_integer(0, size - 1) + 1, enumerable)
    end
  end

  def random(enumerable) do
    case slice_access(enumerable) do
      {:ok, 0, _} ->
        raise Enum.EmptyError

      {:ok, size, fun} ->
        hd(fun.(random_integer(0, size - 1), 1, 1))

      :error ->
        case take_random(enumerable, 1) do
          [] -> raise Enum.EmptyError
          [element] -> element
        end
    end
  end

  # A random integer in lower..upper; a one-value range draws nothing, so
  # seeded sequences stay in step with Elixir's.
  defp random_integer(lower, upper) when lower === upper, do: lower
  defp random_integer(lower, upper), do: lower + :rand.uniform(upper - lower + 1) - 1

  @doc "Returns the elements in a random order."
  @spec shuffle(t) :: list
  def shuffle(enumerable) do
    tagged = fold(enumerable, [], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    untag_reversed(:lists.keysort(1, tagged), [])
  end

  defp untag([]), do: []
  defp untag([{_, x} | rest]), do: [x | untag(rest)]

  defp untag_reversed([], acc), do: acc
  defp untag_reversed([{_, x} | rest], acc), do: untag_reversed(rest, [x | acc])

  @doc "Returns `count` elements picked at random, in random order."
  @spec take_random(t, non_neg_integer) :: list
  def take_random(enumerable, count)
  def take_random(_enumerable, 0), do: []
  def take_random([], _count), do: []
  def take_random([head | tail], 1), do: pick_one(tail, head, 1)

  def take_random(enumerable, 1) do
    picked =
      fold(enumerable, [], fn
        x, [] -> [x | 1]
        x, [current | seen] -> if :rand.uniform(seen + 1) == 1, do: [x | seen + 1], else: [current | seen + 1]
      end)

    case picked do
      [] -> []
      [current | _] -> [current]
    end
  end

  # Reservoir sampling: the element at index i lands at a random slot j <= i.
  def take_random(enumerable, count) when is_integer(count) and count > 0 do
    {size, sample} =
      fold(enumerable, {0, %{}}, fn x, {i, sample} ->
        j = random_integer(0, i)

        cond do
          i < count -> {i + 1, sample |> Map.put(i, Map.get(sample, j)) |> Map.put(j, x)}
          j < count -> {i + 1, Map.put(sample, j, x)}
          true -> {i + 1, sample}
        end
      end)

    collect_sample(sample, :erlang.min(count, size), [])
  end

  defp collect_sample(_sample, 0, acc), do: acc
  defp collect_sample(sample, n, acc), do: collect_sample(sample, n - 1, [Map.get(sample, n - 1) | acc])

  defp pick_one([], current, _seen), do: [current]

  defp pick_one([x | rest], current, seen) do
    if :rand.uniform(seen + 1) == 1,
      do: pick_one(rest, x, seen + 1),
      else: pick_one(rest, current, seen + 1)
  end

  # ---------------------------------------------------------------------------
  # Reducing

  @doc "Reduces with the first element as the starting accumulator; raises `Enum.EmptyError` when empty."
  @spec reduce(t, (element, acc -> acc)) :: acc
  def reduce([head | tail], fun), do: fold_list(tail, head, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)

  def reduce(enumerable, fun) do
    result =
      fold(enumerable, :__reduce_first__, fn
        x, :__reduce_first__ -> {:acc, x}
        x, {:acc, acc} -> {:acc, fun.(x, acc)}
      end)

    case result do
      :__reduce_first__ -> raise Enum.EmptyError
      {:acc, acc} -> acc
    end
  end

  @doc "Reduces the enumerable into `acc` by calling `fun` with each element and the accumulator."
  @spec reduce(t, acc, (element, acc -> acc)) :: acc
  def reduce(enumerable, acc, fun), do: fold(enumerable, acc, fun)

  @doc "Reduces while `fun` returns `{:cont, acc}`; stops at the first `{:halt, acc}`."
  @spec reduce_while(t, any, (element, any -> {:cont, any} | {:halt, any})) :: any
  def reduce_while(enumerable, acc, fun), do: fold_while(enumerable, acc, fun)

  @doc "Returns the accumulated values of `fun` applied from left to right, starting with the first element."
  @spec scan(t, (element, any -> any)) :: list
  def scan(enumerable, fun) do
    {list, _} =
      fold(enumerable, {[], :__scan_first__}, fn
        x, {_acc, :__scan_first__} ->
          {[x], {:value, x}}

        x, {acc, {:value, last}} ->
          next = fun.(x, last)
          {[next | acc], {:value, next}}
      end)

    :lists.reverse(list)
  end

  @doc "Returns the accumulated values of `fun` applied from left to right, starting from `acc`."
  @spec scan(t, any, (element, any -> any)) :: list
  def scan(enumerable, acc, fun) do
    {list, _} =
      fold(enumerable, {[], acc}, fn x, {list, acc} ->
        next = fun.(x, acc)
        {[next | list], next}
      end)

    :lists.reverse(list)
  end

  # ---------------------------------------------------------------------------
  # Order

  @doc "Returns the elements in reverse order."
  @spec reverse(t) :: list
  def reverse(enumerable) when is_list(enumerable), do: :lists.reverse(enumerable)

  # (not a tail call: the frame of reverse/1 shows under a stream's, as Elixir's)
  def reverse(enumerable) do
    case fold(enumerable, [], fn x, acc -> [x | acc] end) do
      reversed when is_list(reversed) -> reversed
    end
  end

  @doc "Returns the elements of `enumerable` in reverse order, followed by `tail`."
  @spec reverse(t, t) :: list
  def reverse(enumerable, tail) when is_list(enumerable) and is_list(tail) do
    :lists.reverse(enumerable, tail)
  end

  def reverse(enumerable, tail), do: reversed_onto(enumerable, to_list(tail))

  @doc "Reverses `count` elements starting at `start_index`; the rest stay in place."
  @spec reverse_slice(t, non_neg_integer, non_neg_integer) :: list
  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = to_list(enumerable)
    {front, rest} = split_list(list, start_index, [])
    {middle, back} = split_list(rest, count, [])
    front ++ :lists.reverse(middle, back)
  end

  @doc "Sorts by Erlang term order."
  @spec sort(t) :: list
  def sort(enumerable) when is_list(enumerable), do: :lists.sort(enumerable)
  def sort(enumerable), do: :lists.sort(to_list(enumerable))

  @doc """
  Sorts with `sorter`: a function returning `true` when its first argument
  goes first, `:asc`, `:desc`, a module with `compare/2`, or `{:asc | :desc, module}`.
  The sort is stable.
  """
  @spec sort(t, (element, element -> boolean) | :asc | :desc | module | {:asc | :desc, module}) ::
          list
  def sort(enumerable, sorter) when is_function(sorter, 2), do: merge_sort(to_list(enumerable), sorter)
  def sort(enumerable, sorter), do: merge_sort(to_list(enumerable), to_sort_fun(sorter))

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:asc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:desc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  @doc "Sorts by the values `mapper` gives, with the same `sorter` choices as `sort/2`; stable."
  @spec sort_by(t, (element -> any), (any, any -> boolean) | :asc | :desc | module | {:asc | :desc, module}) ::
          list
  def sort_by(enumerable, mapper, sorter \\ :asc)

  def sort_by(enumerable, mapper, :asc) when is_function(mapper, 1) do
    pairs = map(enumerable, fn x -> {mapper.(x), x} end)
    untag(:lists.keysort(1, pairs))
  end

  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    sorter = to_sort_fun(sorter)
    pairs = map(enumerable, fn x -> {mapper.(x), x} end)
    untag(merge_sort(pairs, fn {a, _}, {b, _} -> sorter.(a, b) end))
  end

  # A stable bottom-up merge sort: `before?.(a, b)` says whether `a` may precede `b`.
  defp merge_sort([], _before?), do: []
  defp merge_sort([_] = list, _before?), do: list

  defp merge_sort(list, before?) do
    list |> singletons() |> merge_all(before?)
  end

  defp singletons([]), do: []
  defp singletons([x | rest]), do: [[x] | singletons(rest)]

  defp merge_all([run], _before?), do: run
  defp merge_all(runs, before?), do: merge_all(merge_pairs(runs, before?), before?)

  defp merge_pairs([a, b | rest], before?), do: [merge(a, b, before?) | merge_pairs(rest, before?)]
  defp merge_pairs(runs, _before?), do: runs

  defp merge([], right, _before?), do: right
  defp merge(left, [], _before?), do: left

  defp merge([l | left_rest] = left, [r | right_rest] = right, before?) do
    if before?.(l, r) do
      [l | merge(left_rest, right, before?)]
    else
      [r | merge(left, right_rest, before?)]
    end
  end

  # ---------------------------------------------------------------------------
  # Slicing and splitting

  @doc """
  Returns the elements at the positions of `index_range` (negative positions
  count from the end; the step must be positive).
  """
  @spec slice(t, Range.t()) :: list
  def slice(enumerable, %{__struct__: Range, first: first, last: last, step: step}) do
    if step == -1 and first > last do
      slice_positions(enumerable, first, last, 1)
    else
      slice_positions(enumerable, first, last, step)
    end
  end

  @doc "Returns `amount` elements starting at `start_index` (negative counts from the end)."
  @spec slice(t, index, non_neg_integer) :: list
  def slice(_enumerable, start_index, 0) when is_integer(start_index), do: []

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and is_integer(amount) and amount >= 0 do
    slice_amount(enumerable, start_index, amount, 1)
  end

  defp slice_positions(enumerable, first, last, step) when step > 0 do
    if first >= 0 and last >= 0 do
      if last >= first do
        slice_amount(enumerable, first, div(last - first, step) + 1, step)
      else
        []
      end
    else
      {count, enumerable} = count_and_keep(enumerable)
      last_negative? = first >= 0 and last < 0
      first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
      last = if last >= 0, do: last, else: last + count

      cond do
        first >= count or last < first ->
          []

        last_negative? ->
          enumerable
          |> slice_amount(first, last - first + 1, 1)
          |> take_every_list(step)

        true ->
          slice_amount(enumerable, first, div(last - first, step) + 1, step)
      end
    end
  end

  defp slice_positions(_enumerable, first, last, step) do
    raise ArgumentError,
          "Enum.slice/2 does not accept ranges with negative steps, got: " <>
            inspect(%{__struct__: Range, first: first, last: last, step: step})
  end

  # Counts an enumerable, turning it into a list when counting needs a walk.
  defp count_and_keep(enumerable) when is_list(enumerable), do: {length(enumerable), enumerable}

  defp count_and_keep(enumerable) do
    case slice_access(enumerable) do
      {:ok, size, _fun} ->
        {size, enumerable}

      :error ->
        {list, count} = reverse_count(enumerable)
        {count, :lists.reverse(list)}
    end
  end

  # Slices `amount` elements from `start`, every `step`; `start` may be negative.
  defp slice_amount(enumerable, start, amount, step) when start < 0 do
    {count, enumerable} = count_and_keep(enumerable)
    slice_amount(enumerable, :erlang.max(count + start, 0), amount, step)
  end

  defp slice_amount(list, start, amount, step) when is_list(list) do
    slice_list(list, start, amount, step)
  end

  defp slice_amount(enumerable, start, amount, step) do
    case slice_access(enumerable) do
      {:ok, size, fun} ->
        if start >= size do
          []
        else
          amount = :erlang.min(amount, div(size - start - 1, step) + 1)
          fun.(start, amount, step)
        end

      :error ->
        slice_walk(enumerable, start, amount, step)
    end
  end

  defp slice_walk(enumerable, start, amount, step) do
    {_, _, list} =
      fold_while(enumerable, {start, amount, []}, fn
        x, {0, 1, acc} -> {:halt, {0, 0, [x | acc]}}
        x, {0, n, acc} -> {:cont, {step - 1, n - 1, [x | acc]}}
        _x, {skip, n, acc} -> {:cont, {skip - 1, n, acc}}
      end)

    :lists.reverse(list)
  end

  @doc """
  Moves the elements at `range_or_single_index` so that they start at
  `insertion_index`, shifting the elements in between.
  """
  @spec slide(t, Range.t() | index, index) :: list
  def slide(enumerable, range_or_single_index, insertion_index)

  def slide(enumerable, single_index, insertion_index) when is_integer(single_index) do
    slide(enumerable, %{__struct__: Range, first: single_index, last: single_index, step: 1}, insertion_index)
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last, step: step} = range, insertion_index)
      when is_integer(insertion_index) do
    if step != 1 do
      raise ArgumentError,
            "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(range)}"
    end

    list = to_list(enumerable)
    count = length(list)
    first = if first < 0, do: :erlang.max(first + count, 0), else: first
    last = if last < 0, do: last + count, else: last
    insertion = if insertion_index < 0, do: insertion_index + count, else: insertion_index

    if first <= last and insertion > first and insertion <= last do
      raise ArgumentError,
            "insertion index for slide must be outside the range being moved " <>
              "(tried to insert #{first}..#{last} at #{insertion})"
    end

    last = :erlang.min(last, count - 1)

    cond do
      first >= count or first > last or insertion == first ->
        list

      insertion >= 0 and insertion < first ->
        {head, rest} = split_list(list, insertion, [])
        {between, rest} = split_list(rest, first - insertion, [])
        {moved, tail} = split_list(rest, last - first + 1, [])
        head ++ moved ++ between ++ tail

      true ->
        # insertion beyond the range; a still-negative index counts from the end once more
        target = if insertion < 0, do: :erlang.max(insertion + count, 0), else: insertion
        target = :erlang.min(target, count - 1)
        {head, rest} = split_list(list, first, [])
        {moved, rest} = split_list(rest, last - first + 1, [])
        {between, tail} = split_list(rest, :erlang.max(target - last, 0), [])
        head ++ between ++ moved ++ tail
    end
  end

  @doc "Splits into `{first_count_elements, rest}`; a negative count splits that far from the end."
  @spec split(t, integer) :: {list, list}
  def split(enumerable, count) when is_list(enumerable) and is_integer(count) and count >= 0 do
    split_list(enumerable, count, [])
  end

  def split(enumerable, count) when is_integer(count) and count >= 0 do
    {front, back, _} =
      fold(enumerable, {[], [], count}, fn
        x, {front, back, 0} -> {front, [x | back], 0}
        x, {front, back, n} -> {[x | front], back, n - 1}
      end)

    {:lists.reverse(front), :lists.reverse(back)}
  end

  def split(enumerable, count) when is_integer(count) and count < 0 do
    {list, total} = reverse_count(enumerable)
    split_list(:lists.reverse(list), :erlang.max(total + count, 0), [])
  end

  defp split_list([head | tail], n, acc) when n > 0, do: split_list(tail, n - 1, [head | acc])
  defp split_list(list, _n, acc), do: {:lists.reverse(acc), list}

  @doc "Splits at the first element for which `fun` returns a falsy value."
  @spec split_while(t, (element -> as_boolean(term))) :: {list, list}
  def split_while(enumerable, fun) when is_list(enumerable), do: split_while_list(enumerable, fun, [])

  def split_while(enumerable, fun) do
    {front, back} =
      fold(enumerable, {[], []}, fn
        x, {front, []} -> if fun.(x), do: {[x | front], []}, else: {front, [x]}
        x, {front, back} -> {front, [x | back]}
      end)

    {:lists.reverse(front), :lists.reverse(back)}
  end

  defp split_while_list([head | tail] = list, fun, acc) do
    if fun.(head) do
      split_while_list(tail, fun, [head | acc])
    else
      {:lists.reverse(acc), list}
    end
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  # ---------------------------------------------------------------------------
  # Lists and zipping

  @doc "Returns the elements as a list."
  @spec to_list(t) :: [element]
  def to_list(enumerable) when is_list(enumerable), do: enumerable
  def to_list(%{__struct__: Range} = range), do: reversed(range) |> :lists.reverse()
  def to_list(%{} = map) when not is_map_key(map, :__struct__), do: :maps.to_list(map)

  def to_list(enumerable) do
    case Enumerable.slice(enumerable) do
      {:ok, _size, fun} when is_function(fun, 1) -> fun.(enumerable)
      _ -> :lists.reverse(reverse(enumerable))
    end
  end

  @doc "Turns a list of two-element tuples into a tuple of two lists."
  @spec unzip(t) :: {[element], [element]}
  def unzip(enumerable) when is_list(enumerable), do: unzip(enumerable, [], [])

  def unzip(enumerable) do
    {lefts, rights} =
      fold(enumerable, {[], []}, fn {left, right}, {lefts, rights} ->
        {[left | lefts], [right | rights]}
      end)

    {:lists.reverse(lefts), :lists.reverse(rights)}
  end

  defp unzip([{left, right} | rest], lefts, rights), do: unzip(rest, [left | lefts], [right | rights])
  defp unzip([], lefts, rights), do: {:lists.reverse(lefts), :lists.reverse(rights)}

  @doc "Pairs each element with its index (plus `offset`), or maps each with `fun.(element, index)`."
  @spec with_index(t, integer | (element, index -> value)) :: [value]
        when value: any
  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_integer(offset) do
    with_index(enumerable, fn x, index -> {x, index + offset} end)
  end

  def with_index(list, fun) when is_list(list) and is_function(fun, 2) do
    with_index_list(list, 0, fun)
  end

  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} =
      fold(enumerable, {[], 0}, fn x, {acc, index} ->
        {[fun.(x, index) | acc], index + 1}
      end)

    :lists.reverse(list)
  end

  defp with_index_list([head | tail], index, fun),
    do: [fun.(head, index) | with_index_list(tail, index + 1, fun)]

  defp with_index_list([], _index, _fun), do: []

  @doc "Zips two enumerables into a list of pairs, stopping at the shorter one."
  @spec zip(t, t) :: [{any, any}]
  def zip(left, right) when is_list(left) and is_list(right), do: zip_two(left, right)
  def zip(left, right), do: zip_with([left, right], &:erlang.list_to_tuple/1)

  defp zip_two([l | left], [r | right]), do: [{l, r} | zip_two(left, right)]
  defp zip_two(_, _), do: []

  @doc "Zips a list of enumerables into a list of tuples, stopping at the shortest."
  @spec zip(t) :: t
  def zip([]), do: []
  def zip(enumerables), do: zip_with(enumerables, &:erlang.list_to_tuple/1)

  @doc "Zips two enumerables, combining each pair with `fun`."
  @spec zip_with(t, t, (any, any -> any)) :: [any]
  def zip_with(left, right, fun) when is_list(left) and is_list(right) and is_function(fun, 2) do
    zip_with_two(left, right, fun)
  end

  def zip_with(left, right, fun) when is_function(fun, 2) do
    zip_with([left, right], fn [l, r] -> fun.(l, r) end)
  end

  defp zip_with_two([l | left], [r | right], fun), do: [fun.(l, r) | zip_with_two(left, right, fun)]
  defp zip_with_two(_, _, _fun), do: []

  @doc "Zips a list of enumerables, combining each group of elements (as a list) with `fun`."
  @spec zip_with(t, ([any] -> any)) :: [any]
  def zip_with([], _fun), do: []

  def zip_with(enumerables, fun) do
    if is_list(enumerables) and all_lists?(enumerables) do
      zip_lists(enumerables, fun)
    else
      enumerables
      |> zip_reduce_any([], fn heads, acc -> [fun.(heads) | acc] end)
      |> :lists.reverse()
    end
  end

  defp zip_lists(lists, fun) do
    case heads_and_tails(lists, [], []) do
      {:ok, heads, tails} -> [fun.(heads) | zip_lists(tails, fun)]
      :done -> []
    end
  end

  defp heads_and_tails([], heads, tails), do: {:ok, :lists.reverse(heads), :lists.reverse(tails)}

  defp heads_and_tails([[head | tail] | rest], heads, tails) do
    heads_and_tails(rest, [head | heads], [tail | tails])
  end

  defp heads_and_tails(_, _heads, _tails), do: :done

  # Walks several enumerables in step by suspending each reduction after every
  # element, so that infinite streams can be zipped with finite ones.
  defp zip_reduce_any(enumerables, acc, reducer) do
    continuations =
      map(enumerables, fn enumerable ->
        &Enumerable.reduce(enumerable, &1, fn x, _ -> {:suspend, [x]} end)
      end)

    if continuations == [], do: acc, else: zip_step(continuations, acc, reducer)
  end

  defp zip_step(continuations, acc, reducer) do
    case zip_next(continuations, [], []) do
      {:ok, heads, continuations} -> zip_step(continuations, reducer.(heads, acc), reducer)
      :done -> acc
    end
  end

  defp zip_next([], heads, continuations) do
    {:ok, :lists.reverse(heads), :lists.reverse(continuations)}
  end

  defp zip_next([:finished | rest], _heads, continuations) do
    zip_halt(rest)
    zip_halt(continuations)
    :done
  end

  defp zip_next([continuation | rest], heads, continuations) do
    case continuation.({:cont, []}) do
      {:suspended, [x], continuation} ->
        zip_next(rest, [x | heads], [continuation | continuations])

      # the enumerable gave one last element and stopped
      {_done_or_halted, [x]} ->
        zip_next(rest, [x | heads], [:finished | continuations])

      {_done_or_halted, []} ->
        zip_halt(rest)
        zip_halt(continuations)
        :done
    end
  end

  defp zip_halt([]), do: :ok
  defp zip_halt([:finished | rest]), do: zip_halt(rest)

  defp zip_halt([continuation | rest]) do
    continuation.({:halt, []})
    zip_halt(rest)
  end

  @doc "Reduces two enumerables in step, stopping at the shorter one."
  @spec zip_reduce(t, t, acc, (any, any, acc -> acc)) :: acc
  def zip_reduce(left, right, acc, reducer) when is_list(left) and is_list(right) do
    zip_reduce_two(left, right, acc, reducer)
  end

  def zip_reduce(left, right, acc, reducer) do
    zip_reduce_any([left, right], acc, fn [l, r], acc -> reducer.(l, r, acc) end)
  end

  defp zip_reduce_two([l | left], [r | right], acc, reducer) do
    zip_reduce_two(left, right, reducer.(l, r, acc), reducer)
  end

  defp zip_reduce_two(_, _, acc, _reducer), do: acc

  @doc "Reduces a list of enumerables in step; `reducer` gets each group of elements as a list."
  @spec zip_reduce(t, acc, ([term], acc -> acc)) :: acc
  def zip_reduce([], acc, reducer) when is_function(reducer, 2), do: acc

  def zip_reduce(enumerables, acc, reducer) do
    if is_list(enumerables) and all_lists?(enumerables) do
      zip_reduce_lists(enumerables, acc, reducer)
    else
      zip_reduce_any(enumerables, acc, reducer)
    end
  end

  defp zip_reduce_lists(lists, acc, reducer) do
    case heads_and_tails(lists, [], []) do
      {:ok, heads, tails} -> zip_reduce_lists(tails, reducer.(heads, acc), reducer)
      :done -> acc
    end
  end
end
