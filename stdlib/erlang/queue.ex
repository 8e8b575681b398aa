defmodule :queue do
  @moduledoc """
  Erlang's FIFO queue: a `{rear, front}` pair of lists, the rear reversed.
  The shapes after `in/2`, `out/1`, `from_list/1` and friends are those of
  OTP (a queue can be printed), so each list is rebalanced the same way:
  when one side runs dry, half of the other is moved over.
  """

  def new, do: {[], []}

  def is_queue({r, f}) when is_list(r) and is_list(f), do: true
  def is_queue(_), do: false

  def from_list(list) when is_list(list), do: f2r(list)
  def from_list(_list), do: :erlang.error(:badarg)
  def to_list({r, f}) when is_list(r) and is_list(f), do: f ++ :lists.reverse(r)
  def to_list(_q), do: :erlang.error(:badarg)

  def len({r, f}) when is_list(r) and is_list(f), do: length(r) + length(f)
  def len(_q), do: :erlang.error(:badarg)
  def is_empty({[], []}), do: true
  def is_empty({r, f}) when is_list(r) and is_list(f), do: false
  def is_empty(_q), do: :erlang.error(:badarg)

  def member(x, {r, f}) when is_list(r) and is_list(f), do: :lists.member(x, r) or :lists.member(x, f)

  def unquote(:in)(x, {[_] = r, []}), do: {[x], r}
  def unquote(:in)(x, {r, f}) when is_list(r) and is_list(f), do: {[x | r], f}
  def unquote(:in)(_x, _q), do: :erlang.error(:badarg)

  def in_r(x, {[], [_] = f}), do: {f, [x]}
  def in_r(x, {r, f}) when is_list(r) and is_list(f), do: {r, [x | f]}
  def in_r(_x, _q), do: :erlang.error(:badarg)

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}

  def out({[y | rest], []}) do
    [v | front] = :lists.reverse(rest)
    {{:value, v}, {[y], front}}
  end

  def out({r, [v]}) when is_list(r), do: {{:value, v}, r2f(r)}
  def out({r, [v | f]}) when is_list(r), do: {{:value, v}, {r, f}}
  def out(_q), do: :erlang.error(:badarg)

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}

  def out_r({[], [x | rest]}) do
    [v | rear] = :lists.reverse(rest)
    {{:value, v}, {rear, [x]}}
  end

  def out_r({[v], f}) when is_list(f), do: {{:value, v}, f2r(f)}
  def out_r({[v | r], f}) when is_list(f), do: {{:value, v}, {r, f}}
  def out_r(_q), do: :erlang.error(:badarg)

  def peek({[], []}), do: :empty
  def peek(q), do: {:value, get(q)}
  def peek_r({[], []}), do: :empty
  def peek_r(q), do: {:value, get_r(q)}

  def get({[], []}), do: :erlang.error(:empty)
  def get({r, [v | _]}) when is_list(r), do: v
  def get({r, []}), do: :lists.last(r)

  def get_r({[], []}), do: :erlang.error(:empty)
  def get_r({[v | _], f}) when is_list(f), do: v
  def get_r({[], f}), do: :lists.last(f)

  def drop({[], []}), do: :erlang.error(:empty)
  def drop(q), do: q |> out() |> elem(1)
  def drop_r({[], []}), do: :erlang.error(:empty)
  def drop_r(q), do: q |> out_r() |> elem(1)

  def head(q), do: get(q)
  def tail(q), do: drop(q)
  def last(q), do: get_r(q)
  def daeh(q), do: get_r(q)
  def liat(q), do: drop_r(q)
  def init(q), do: drop_r(q)
  def lait(q), do: drop_r(q)
  def cons(x, q), do: in_r(x, q)
  def snoc(q, x), do: :queue.in(x, q)

  def reverse({r, f}) when is_list(r) and is_list(f), do: {f, r}

  def join({r1, f1}, {r2, f2}) when is_list(r1) and is_list(f1) and is_list(r2) and is_list(f2) do
    case {r1, f1, r2, f2} do
      {[], [], _, _} -> {r2, f2}
      {_, _, [], []} -> {r1, f1}
      _ -> {r2, f1 ++ :lists.reverse(r1, f2)}
    end
  end

  def split(0, {r, f} = q) when is_list(r) and is_list(f), do: {{[], []}, q}

  def split(n, {r, f} = q) when is_integer(n) and n > 0 do
    lf = length(f)
    total = lf + length(r)

    cond do
      n > total ->
        :erlang.error(:badarg)

      n == total ->
        {q, {[], []}}

      n <= lf ->
        {f1, f2} = :lists.split(n, f)
        {split_front(f1), if(f2 == [], do: r2f(r), else: {r, f2})}

      true ->
        {r1, r2} = :lists.split(total - n, r)
        {if(r2 == [], do: split_front(f), else: {r2, f}), split_rear(r1)}
    end
  end

  def filter(fun, {r, f}) when is_function(fun, 1) and is_list(r) and is_list(f) do
    keep = fn list ->
      :lists.flatmap(
        fn x ->
          case fun.(x) do
            true -> [x]
            false -> []
            list when is_list(list) -> list
          end
        end,
        list
      )
    end

    front = keep.(f)
    rear = keep.(:lists.reverse(r)) |> :lists.reverse()

    case {rear, front} do
      {rear, []} -> r2f(rear)
      {[], front} -> f2r(front)
      other -> other
    end
  end

  def filtermap(fun, q) do
    filter(
      fn x ->
        case fun.(x) do
          true -> [x]
          false -> []
          {true, v} -> [v]
        end
      end,
      q
    )
  end

  def fold(fun, acc, q) when is_function(fun, 2), do: :lists.foldl(fun, acc, to_list(q))
  def any(pred, q), do: :lists.any(pred, to_list(q))
  def all(pred, q), do: :lists.all(pred, to_list(q))

  def delete(item, q) do
    list = to_list(q)

    case :lists.member(item, list) do
      true -> from_list(:lists.delete(item, list))
      false -> q
    end
  end

  def delete_r(item, q), do: q |> reverse() |> then(&delete(item, &1)) |> reverse()

  def delete_with(pred, q), do: filter(&(not pred.(&1)), q)

  # split/2 leaves a lone front element in front, and the rear part of a
  # split rear with one element behind.
  defp split_front([_] = f), do: {[], f}

  defp split_front(f), do: f2r(f)

  defp split_rear([first | rest]), do: {[first], :lists.reverse(rest)}

  # Half of the front list goes to the rear (reversed), as OTP does.
  defp f2r([]), do: {[], []}
  defp f2r([_] = f), do: {f, []}

  defp f2r(list) do
    {front, rear} = :lists.split(div(length(list), 2), list)
    {:lists.reverse(rear), front}
  end

  defp r2f([]), do: {[], []}
  defp r2f([_] = r), do: {[], r}

  defp r2f(list) do
    {rear, front} = :lists.split(div(length(list), 2), list)
    {rear, :lists.reverse(front)}
  end
end
