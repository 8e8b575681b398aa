defmodule :lists do
  @moduledoc """
  The functions of Erlang's `:lists` that take a fun, written in Elixir; the
  rest are Rust built-ins (a remote call tries those first). Bad arguments
  fail with a `FunctionClauseError` naming the `:lists` function, as the
  Erlang code does.
  """

  # Like OTP 25, the public functions look at the list with a `case` (so a
  # non-list is a `CaseClauseError`) and recurse in `*_1` helpers (so an
  # improper tail is a `FunctionClauseError` naming the helper).

  def all(pred, list) when is_function(pred, 1) do
    case list do
      [head | tail] -> if truth(pred.(head)), do: all_1(pred, tail), else: false
      [] -> true
    end
  end

  defp all_1(pred, [head | tail]), do: if(truth(pred.(head)), do: all_1(pred, tail), else: false)
  defp all_1(_pred, []), do: true

  def any(pred, list) when is_function(pred, 1) do
    case list do
      [head | tail] -> if truth(pred.(head)), do: true, else: any_1(pred, tail)
      [] -> false
    end
  end

  defp any_1(pred, [head | tail]), do: if(truth(pred.(head)), do: true, else: any_1(pred, tail))
  defp any_1(_pred, []), do: false

  defp truth(value) do
    case value do
      true -> true
      false -> false
    end
  end

  def map(fun, list) when is_function(fun, 1) do
    case list do
      [head | tail] -> [fun.(head) | map_1(fun, tail)]
      [] -> []
    end
  end

  defp map_1(fun, [head | tail]), do: [fun.(head) | map_1(fun, tail)]
  defp map_1(_fun, []), do: []

  def flatmap(fun, list) when is_function(fun, 1), do: flatmap_1(fun, list)

  defp flatmap_1(fun, [head | tail]), do: fun.(head) ++ flatmap_1(fun, tail)
  defp flatmap_1(_fun, []), do: []

  def foldl(fun, acc, list) when is_function(fun, 2) do
    case list do
      [head | tail] -> foldl_1(fun, fun.(head, acc), tail)
      [] -> acc
    end
  end

  defp foldl_1(fun, acc, [head | tail]), do: foldl_1(fun, fun.(head, acc), tail)
  defp foldl_1(_fun, acc, []), do: acc

  def foldr(fun, acc, list) when is_function(fun, 2), do: foldr_1(fun, acc, list)

  defp foldr_1(fun, acc, [head | tail]), do: fun.(head, foldr_1(fun, acc, tail))
  defp foldr_1(_fun, acc, []), do: acc

  def foldl(fun, acc1, acc2, [head | tail]) when is_function(fun, 3) do
    {acc1, acc2} = fun.(head, acc1, acc2)
    foldl(fun, acc1, acc2, tail)
  end

  def foldl(fun, acc1, acc2, []) when is_function(fun, 3), do: {acc1, acc2}

  # A list comprehension in OTP: a non-list is a bad generator, a
  # non-boolean result a bad filter.
  def filter(pred, list) when is_function(pred, 1) do
    if is_list(list), do: filter_1(pred, list), else: :erlang.error({:bad_generator, list})
  end

  defp filter_1(_pred, []), do: []

  defp filter_1(pred, [head | tail]) do
    case pred.(head) do
      true -> [head | filter_1(pred, tail)]
      false -> filter_1(pred, tail)
      other -> :erlang.error({:bad_filter, other})
    end
  end

  defp filter_1(_pred, other), do: :erlang.error({:bad_generator, other})

  def filtermap(fun, [head | tail]) when is_function(fun, 1) do
    case fun.(head) do
      false -> filtermap(fun, tail)
      true -> [head | filtermap(fun, tail)]
      {true, value} -> [value | filtermap(fun, tail)]
    end
  end

  def filtermap(fun, []) when is_function(fun, 1), do: []

  def zf(fun, list), do: filtermap(fun, list)

  def foreach(fun, list) when is_function(fun, 1), do: foreach_1(fun, list)

  defp foreach_1(fun, [head | tail]) do
    fun.(head)
    foreach_1(fun, tail)
  end

  defp foreach_1(_fun, []), do: :ok

  def dropwhile(pred, list) when is_function(pred, 1), do: dropwhile_1(pred, list)

  defp dropwhile_1(pred, [head | tail] = list) do
    if pred.(head), do: dropwhile_1(pred, tail), else: list
  end

  defp dropwhile_1(_pred, []), do: []

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

  def search(pred, list) when is_function(pred, 1), do: search_1(pred, list)

  defp search_1(pred, [head | tail]) do
    if pred.(head), do: {:value, head}, else: search_1(pred, tail)
  end

  defp search_1(_pred, []), do: false

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
