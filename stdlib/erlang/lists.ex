defmodule :lists do
  @moduledoc """
  The functions of Erlang's `:lists` that take a fun, written in Elixir; the
  rest are Rust built-ins (a remote call tries those first). Bad arguments
  fail with a `FunctionClauseError` naming the `:lists` function, as the
  Erlang code does.
  """

  def all(pred, [head | tail]) when is_function(pred, 1) do
    case pred.(head) do
      true -> all(pred, tail)
      false -> false
      other -> :erlang.error({:bad_filter, other})
    end
  end

  def all(pred, []) when is_function(pred, 1), do: true

  def any(pred, [head | tail]) when is_function(pred, 1) do
    case pred.(head) do
      true -> true
      false -> any(pred, tail)
      other -> :erlang.error({:bad_filter, other})
    end
  end

  def any(pred, []) when is_function(pred, 1), do: false

  def map(fun, list) when is_function(fun, 1) and is_list(list), do: map_list(fun, list)

  defp map_list(_fun, []), do: []
  defp map_list(fun, [head | tail]), do: [fun.(head) | map_list(fun, tail)]

  def flatmap(fun, [head | tail]) when is_function(fun, 1), do: fun.(head) ++ flatmap(fun, tail)
  def flatmap(fun, []) when is_function(fun, 1), do: []

  def foldl(fun, acc, [head | tail]) when is_function(fun, 2), do: foldl(fun, fun.(head, acc), tail)
  def foldl(fun, acc, []) when is_function(fun, 2), do: acc

  def foldr(fun, acc, list) when is_function(fun, 2) and is_list(list),
    do: foldl(fun, acc, :lists.reverse(list))

  def foldl(fun, acc1, acc2, [head | tail]) when is_function(fun, 3) do
    {acc1, acc2} = fun.(head, acc1, acc2)
    foldl(fun, acc1, acc2, tail)
  end

  def foldl(fun, acc1, acc2, []) when is_function(fun, 3), do: {acc1, acc2}

  def filter(pred, list) when is_function(pred, 1) and is_list(list) do
    for x <- list, pred.(x), do: x
  end

  def filtermap(fun, [head | tail]) when is_function(fun, 1) do
    case fun.(head) do
      false -> filtermap(fun, tail)
      true -> [head | filtermap(fun, tail)]
      {true, value} -> [value | filtermap(fun, tail)]
    end
  end

  def filtermap(fun, []) when is_function(fun, 1), do: []

  def zf(fun, list), do: filtermap(fun, list)

  def foreach(fun, [head | tail]) when is_function(fun, 1) do
    fun.(head)
    foreach(fun, tail)
  end

  def foreach(fun, []) when is_function(fun, 1), do: :ok

  def dropwhile(pred, [head | tail] = list) when is_function(pred, 1) do
    if pred.(head), do: dropwhile(pred, tail), else: list
  end

  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def takewhile(pred, [head | tail]) when is_function(pred, 1) do
    if pred.(head), do: [head | takewhile(pred, tail)], else: []
  end

  def takewhile(pred, []) when is_function(pred, 1), do: []

  def splitwith(pred, list) when is_function(pred, 1), do: splitwith(pred, list, [])

  defp splitwith(pred, [head | tail] = list, taken) do
    if pred.(head),
      do: splitwith(pred, tail, [head | taken]),
      else: {:lists.reverse(taken), list}
  end

  defp splitwith(_pred, [], taken), do: {:lists.reverse(taken), []}

  def partition(pred, list) when is_function(pred, 1), do: partition(pred, list, [], [])

  defp partition(pred, [head | tail], yes, no) do
    case pred.(head) do
      true -> partition(pred, tail, [head | yes], no)
      false -> partition(pred, tail, yes, [head | no])
    end
  end

  defp partition(_pred, [], yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  def mapfoldl(fun, acc, [head | tail]) when is_function(fun, 2) do
    {value, acc} = fun.(head, acc)
    {values, acc} = mapfoldl(fun, acc, tail)
    {[value | values], acc}
  end

  def mapfoldl(fun, acc, []) when is_function(fun, 2), do: {[], acc}

  def mapfoldr(fun, acc, [head | tail]) when is_function(fun, 2) do
    {values, acc} = mapfoldr(fun, acc, tail)
    {value, acc} = fun.(head, acc)
    {[value | values], acc}
  end

  def mapfoldr(fun, acc, []) when is_function(fun, 2), do: {[], acc}

  def zipwith(fun, [x | xs], [y | ys]) when is_function(fun, 2),
    do: [fun.(x, y) | zipwith(fun, xs, ys)]

  def zipwith(fun, [], []) when is_function(fun, 2), do: []

  def zipwith3(fun, [x | xs], [y | ys], [z | zs]) when is_function(fun, 3),
    do: [fun.(x, y, z) | zipwith3(fun, xs, ys, zs)]

  def zipwith3(fun, [], [], []) when is_function(fun, 3), do: []

  def search(pred, [head | tail]) when is_function(pred, 1) do
    if pred.(head), do: {:value, head}, else: search(pred, tail)
  end

  def search(pred, []) when is_function(pred, 1), do: false

  def keymap(fun, n, [tuple | tail]) when is_function(fun, 1) do
    [:erlang.setelement(n, tuple, fun.(:erlang.element(n, tuple))) | keymap(fun, n, tail)]
  end

  def keymap(fun, n, []) when is_function(fun, 1) and is_integer(n) and n > 0, do: []

  def uniq(fun, list) when is_function(fun, 1) and is_list(list), do: uniq(fun, list, %{})

  defp uniq(_fun, [], _seen), do: []

  defp uniq(fun, [head | tail], seen) do
    key = fun.(head)

    case seen do
      %{^key => true} -> uniq(fun, tail, seen)
      %{} -> [head | uniq(fun, tail, Map.put(seen, key, true))]
    end
  end

  # A stable merge sort: `ordered?.(a, b)` says `a` may come before `b`.
  def sort(ordered?, list) when is_function(ordered?, 2) and is_list(list) do
    sort_list(list, ordered?)
  end

  defp sort_list([], _ordered?), do: []
  defp sort_list([_] = list, _ordered?), do: list

  defp sort_list(list, ordered?) do
    {left, right} = :lists.split(div(length(list), 2), list)
    merge_sorted(sort_list(left, ordered?), sort_list(right, ordered?), ordered?)
  end

  defp merge_sorted([], right, _ordered?), do: right
  defp merge_sorted(left, [], _ordered?), do: left

  defp merge_sorted([l | ls] = left, [r | rs] = right, ordered?) do
    if ordered?.(l, r),
      do: [l | merge_sorted(ls, right, ordered?)],
      else: [r | merge_sorted(left, rs, ordered?)]
  end

  def usort(ordered?, list) when is_function(ordered?, 2) and is_list(list) do
    dedup(sort_list(list, ordered?), ordered?)
  end

  # Neighbours that order both ways are equal: the first one stays.
  defp dedup([a, b | rest], ordered?) do
    if ordered?.(a, b) and ordered?.(b, a),
      do: dedup([a | rest], ordered?),
      else: [a | dedup([b | rest], ordered?)]
  end

  defp dedup(list, _ordered?), do: list

  def merge(ordered?, left, right) when is_function(ordered?, 2) and is_list(left) and is_list(right) do
    merge_sorted(left, right, ordered?)
  end

  def umerge(ordered?, left, right) when is_function(ordered?, 2) do
    dedup(merge_sorted(left, right, ordered?), ordered?)
  end

  def merge3(a, b, c), do: :lists.sort(a ++ b ++ c)

  def keysort(n, list) when is_integer(n) and n > 0 and is_list(list) do
    sort_list(list, fn a, b -> :erlang.element(n, a) <= :erlang.element(n, b) end)
  end

  def ukeysort(n, list) when is_integer(n) and n > 0 and is_list(list) do
    sorted = keysort(n, list)
    ukeydedup(sorted, n)
  end

  defp ukeydedup([a, b | rest], n) do
    if :erlang.element(n, a) == :erlang.element(n, b),
      do: ukeydedup([a | rest], n),
      else: [a | ukeydedup([b | rest], n)]
  end

  defp ukeydedup(list, _n), do: list

  def keymerge(n, left, right) when is_integer(n) and n > 0 do
    merge_sorted(left, right, fn a, b -> :erlang.element(n, a) <= :erlang.element(n, b) end)
  end
end
