defmodule Stream do
  @moduledoc """
  Lazy, composable enumerables.

  A stream describes a computation; nothing runs until it is enumerated
  (with `Enum`, `Stream.run/1`, ...). Functions such as `map/2`, `filter/2`
  and `take/2` stack stages on a `%Stream{}`, each stage wrapping the
  reduction of the one below it. Sources such as `unfold/2`, `resource/3` and
  `transform/3` are plain two-argument functions, which `Enumerable`
  accepts as streams.
  """

  defstruct enum: nil, funs: [], accs: [], done: nil

  @type acc :: any
  @type element :: any
  @type index :: non_neg_integer
  @type default :: any
  @type timer :: non_neg_integer | :infinity

  # Replaces a stage's state once the consumer has halted: no trailing
  # elements may be emitted after that.
  @consumer_halted {:"$stream_consumer_halted"}

  # ---------------------------------------------------------------------------
  # Stage machinery

  # A stage is a function from the reduce function below it (acc, fun -> result)
  # to a new reduce function; stages are kept newest first.
  defp lazy(%{__struct__: Stream, funs: funs} = stream, stage), do: %{stream | funs: [stage | funs]}
  defp lazy(enumerable, stage), do: %{__struct__: Stream, enum: enumerable, funs: [stage], accs: [], done: nil}

  # Runs `source` with the consumer's accumulator paired with this stage's
  # state. `finish` (or nil) may emit trailing elements once the source ends.
  defp with_state(source, {command, acc}, state, step, nil) do
    settle(source.({command, {acc, state}}, step), nil)
  end

  defp with_state(source, {command, acc}, state, step, finish) do
    # Remember when the consumer asked to suspend: a source below may stop
    # right after that element, and the trailing elements must then wait.
    noting_pauses = fn x, pair ->
      case step.(x, pair) do
        {:suspend, {acc, state}} -> {:suspend, {acc, {:"$paused", state}}}
        other -> other
      end
    end

    settle(source.({command, {acc, state}}, noting_pauses), finish)
  end

  defp settle({:suspended, {acc, state}, continuation}, finish) do
    state = unpaused(state)
    {:suspended, acc, fn {command, acc} -> settle(continuation.({command, {acc, state}}), finish) end}
  end

  defp settle({:halted, {acc, @consumer_halted}}, _finish), do: {:halted, acc}
  defp settle({reason, {acc, _state}}, nil), do: {reason, acc}

  defp settle({_reason, {acc, {:"$paused", state}}}, finish) do
    {:suspended, acc, &finish_later(finish, state, &1)}
  end

  defp settle({_reason, {acc, state}}, finish), do: finish.(acc, state)

  defp unpaused({:"$paused", state}), do: state
  defp unpaused(state), do: state

  defp finish_later(finish, state, {:cont, acc}), do: finish.(acc, state)
  defp finish_later(_finish, _state, {:halt, acc}), do: {:halted, acc}
  defp finish_later(finish, state, {:suspend, acc}), do: {:suspended, acc, &finish_later(finish, state, &1)}

  # Hands `element` to the consumer and pairs its answer with the new state.
  defp pass(fun, element, acc, state) do
    case fun.(element, acc) do
      {:halt, acc} -> {:halt, {acc, @consumer_halted}}
      {command, acc} -> {command, {acc, state}}
    end
  end

  # Reduces a plain list into the consumer, as Enumerable does for lists.
  defp emit_list(_list, {:halt, acc}, _fun), do: {:halted, acc}
  defp emit_list(list, {:suspend, acc}, fun), do: {:suspended, acc, &emit_list(list, &1, fun)}
  defp emit_list([], {:cont, acc}, _fun), do: {:done, acc}
  defp emit_list([head | tail], {:cont, acc}, fun), do: emit_list(tail, fun.(head, acc), fun)

  # Drives a generator: `next.(state)` returns `{:emit, enumerable, state}` or
  # `{:stop, state}`. `close.(state)` runs once when the generator stops or the
  # consumer halts; `fail.(state)` runs when an exception escapes.
  defp generate(_next, state, close, _fail, {:halt, acc}, _fun) do
    close.(state)
    {:halted, acc}
  end

  defp generate(next, state, close, fail, {:suspend, acc}, fun) do
    {:suspended, acc, &generate(next, state, close, fail, &1, fun)}
  end

  defp generate(next, state, close, fail, {:cont, acc}, fun) do
    case guarded(fail, state, fn -> next.(state) end) do
      {:emit, elements, state} ->
        inner = inner_reducer(fun)
        result = guarded(fail, state, fn -> Enumerable.reduce(elements, {:cont, {:inner, acc}}, inner) end)
        after_batch(result, next, state, close, fail, fun)

      {:stop, state} ->
        close.(state)
        {:done, acc}
    end
  end

  # The inner accumulator records the consumer's last answer: :outer after a
  # halt, :paused after a suspend (which the batch may swallow by stopping).
  defp inner_reducer(fun) do
    fn element, {_, acc} ->
      case fun.(element, acc) do
        {:halt, acc} -> {:halt, {:outer, acc}}
        {:suspend, acc} -> {:suspend, {:paused, acc}}
        {:cont, acc} -> {:cont, {:inner, acc}}
      end
    end
  end

  defp after_batch({:halted, {:outer, acc}}, _next, state, close, _fail, _fun) do
    close.(state)
    {:halted, acc}
  end

  defp after_batch({:suspended, {_, acc}, continuation}, next, state, close, fail, fun) do
    {:suspended, acc, &resume_batch(continuation, next, state, close, fail, fun, &1)}
  end

  defp after_batch({_done_or_halted, {:paused, acc}}, next, state, close, fail, fun) do
    {:suspended, acc, &generate(next, state, close, fail, &1, fun)}
  end

  defp after_batch({_done_or_halted, {:inner, acc}}, next, state, close, fail, fun) do
    generate(next, state, close, fail, {:cont, acc}, fun)
  end

  defp resume_batch(continuation, _next, state, close, _fail, _fun, {:halt, acc}) do
    continuation.({:halt, {:inner, acc}})
    close.(state)
    {:halted, acc}
  end

  defp resume_batch(continuation, next, state, close, fail, fun, {:suspend, acc}) do
    {:suspended, acc, &resume_batch(continuation, next, state, close, fail, fun, &1)}
  end

  defp resume_batch(continuation, next, state, close, fail, fun, {:cont, acc}) do
    result = guarded(fail, state, fn -> continuation.({:cont, {:inner, acc}}) end)
    after_batch(result, next, state, close, fail, fun)
  end

  defp guarded(fail, state, work) do
    try do
      work.()
    catch
      kind, reason ->
        fail.(state)
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

  defp ignore(_state), do: :ok

  # A continuation that yields the elements of `enumerable` one at a time;
  # read it with pull/1.
  defp puller(enumerable) do
    &Enumerable.reduce(enumerable, &1, fn element, _ -> {:suspend, [element]} end)
  end

  # Returns {:ok, element, puller}, {:last, element} when the enumerable
  # stopped right after giving an element, or :done.
  defp pull(:finished), do: :done

  defp pull(puller) do
    case puller.({:cont, []}) do
      {:suspended, [element], puller} -> {:ok, element, puller}
      {_done_or_halted, [element]} -> {:last, element}
      {_done_or_halted, []} -> :done
    end
  end

  defp halt_puller(:finished), do: :ok
  defp halt_puller(puller), do: puller.({:halt, []})

  # ---------------------------------------------------------------------------
  # Sources

  @doc "Emits `value` `count` times."
  @spec duplicate(any, non_neg_integer) :: Enumerable.t()
  def duplicate(value, count) when is_integer(count) and count >= 0 do
    unfold(count, fn
      0 -> nil
      left -> {value, left - 1}
    end)
  end

  @doc "Emits `start_value`, then `next_fun` applied to the previous element, forever."
  @spec iterate(element, (element -> element)) :: Enumerable.t()
  def iterate(start_value, next_fun) when is_function(next_fun, 1) do
    unfold({:first, start_value}, fn
      {:first, value} ->
        {value, {:next, value}}

      {:next, value} ->
        value = next_fun.(value)
        {value, {:next, value}}
    end)
  end

  @doc "Emits the results of calling `generator_fun` again and again."
  @spec repeatedly((() -> element)) :: Enumerable.t()
  def repeatedly(generator_fun) when is_function(generator_fun, 0) do
    &repeat(generator_fun, &1, &2)
  end

  defp repeat(_generator, {:halt, acc}, _fun), do: {:halted, acc}
  defp repeat(generator, {:suspend, acc}, fun), do: {:suspended, acc, &repeat(generator, &1, fun)}
  defp repeat(generator, {:cont, acc}, fun), do: repeat(generator, fun.(generator.(), acc), fun)

  @doc """
  Emits values computed from an accumulator: `next_fun` returns
  `{element, next_acc}`, or `nil` to stop.
  """
  @spec unfold(acc, (acc -> {element, acc} | nil)) :: Enumerable.t()
  def unfold(next_acc, next_fun) when is_function(next_fun, 1) do
    &unfold_step(next_acc, next_fun, &1, &2)
  end

  defp unfold_step(_state, _next, {:halt, acc}, _fun), do: {:halted, acc}

  defp unfold_step(state, next, {:suspend, acc}, fun) do
    {:suspended, acc, &unfold_step(state, next, &1, fun)}
  end

  defp unfold_step(state, next, {:cont, acc}, fun) do
    case next.(state) do
      nil -> {:done, acc}
      {element, state} -> unfold_step(state, next, fun.(element, acc), fun)
    end
  end

  @doc """
  Emits elements from a resource: `start_fun` opens it, `next_fun` returns
  `{elements, acc}` or `{:halt, acc}`, and `after_fun` always closes it.
  """
  @spec resource((() -> acc), (acc -> {[element], acc} | {:halt, acc}), (acc -> term)) ::
          Enumerable.t()
  def resource(start_fun, next_fun, after_fun)
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    fn acc, fun ->
      next = fn resource ->
        case next_fun.(resource) do
          {:halt, resource} -> {:stop, resource}
          {elements, resource} -> {:emit, elements, resource}
        end
      end

      generate(next, start_fun.(), after_fun, after_fun, acc, fun)
    end
  end

  @doc "Emits the elements of `enumerable` over and over; raises for an empty list."
  @spec cycle(Enumerable.t()) :: Enumerable.t()
  def cycle(enumerable)

  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable")

  def cycle(enumerable) do
    fn acc, fun ->
      if not is_list(enumerable) and Enum.empty?(enumerable) do
        raise ArgumentError, "cannot cycle over an empty enumerable"
      end

      generate(fn state -> {:emit, enumerable, state} end, nil, &ignore/1, &ignore/1, acc, fun)
    end
  end

  @doc "Emits 0, 1, 2, ... waiting `interval` milliseconds before each."
  @spec interval(timer) :: Enumerable.t()
  def interval(interval) do
    unfold(0, fn count ->
      sleep(interval)
      {count, count + 1}
    end)
  end

  @doc "Emits the single value 0 after `delay` milliseconds."
  @spec timer(timer) :: Enumerable.t()
  def timer(delay), do: take(interval(delay), 1)

  defp sleep(milliseconds) do
    receive do
    after
      milliseconds -> :ok
    end
  end

  # ---------------------------------------------------------------------------
  # Combining

  @doc "Emits the elements of each enumerable in turn."
  @spec concat(Enumerable.t()) :: Enumerable.t()
  def concat(enumerables), do: flat_map(enumerables, fn enumerable -> enumerable end)

  @doc "Emits the elements of `first`, then those of `second`."
  @spec concat(Enumerable.t(), Enumerable.t()) :: Enumerable.t()
  def concat(first, second), do: flat_map([first, second], fn enumerable -> enumerable end)

  @doc "Maps each element to an enumerable and emits the elements of each in turn."
  @spec flat_map(Enumerable.t(), (element -> Enumerable.t())) :: Enumerable.t()
  def flat_map(enumerable, mapper) when is_function(mapper, 1) do
    transform(enumerable, nil, fn element, nil -> {mapper.(element), nil} end)
  end

  @doc """
  Transforms each element into zero or more elements with an accumulator:
  `reducer` returns `{elements, acc}`, or `{:halt, acc}` to stop.
  """
  @spec transform(Enumerable.t(), acc, fun) :: Enumerable.t()
        when fun: (element, acc -> {Enumerable.t(), acc} | {:halt, acc}),
             acc: any
  def transform(enumerable, acc, reducer) when is_function(reducer, 2) do
    build_transform(enumerable, fn -> acc end, reducer, nil, nil)
  end

  @doc "Like `transform/3`, with the accumulator made by `start_fun` and `after_fun` run at the end."
  @spec transform(Enumerable.t(), (() -> acc), fun, (acc -> term)) :: Enumerable.t()
        when fun: (element, acc -> {Enumerable.t(), acc} | {:halt, acc}),
             acc: any
  def transform(enumerable, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    build_transform(enumerable, start_fun, reducer, nil, after_fun)
  end

  @doc """
  Like `transform/4`, with `last_fun` returning `{elements, acc}` to emit
  once the source is exhausted.
  """
  @spec transform(
          Enumerable.t(),
          (() -> acc),
          fun,
          (acc -> {Enumerable.t(), acc}),
          (acc -> term)
        ) :: Enumerable.t()
        when fun: (element, acc -> {Enumerable.t(), acc} | {:halt, acc}),
             acc: any
  def transform(enumerable, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and
             is_function(after_fun, 1) do
    build_transform(enumerable, start_fun, reducer, last_fun, after_fun)
  end

  defp build_transform(enumerable, start_fun, reducer, last_fun, after_fun) do
    fn acc, fun ->
      state = {puller(enumerable), start_fun.()}

      next = fn
        {nil, _user} = state ->
          {:stop, state}

        {source, user} ->
          case pull(source) do
            {:ok, element, source} -> transform_element(reducer, element, source, user)
            {:last, element} -> transform_element(reducer, element, :finished, user)
            :done -> transform_last(last_fun, user)
          end
      end

      close = fn {source, user} ->
        if source, do: halt_puller(source)
        if after_fun, do: after_fun.(user)
      end

      fail = fn {_source, user} -> if after_fun, do: after_fun.(user) end

      generate(next, state, close, fail, acc, fun)
    end
  end

  defp transform_element(reducer, element, source, user) do
    case reducer.(element, user) do
      {:halt, user} ->
        halt_puller(source)
        {:stop, {nil, user}}

      {elements, user} ->
        {:emit, elements, {source, user}}
    end
  end

  defp transform_last(nil, user), do: {:stop, {nil, user}}

  defp transform_last(last_fun, user) do
    {elements, user} = last_fun.(user)
    {:emit, elements, {nil, user}}
  end

  @doc "Puts `separator` between each pair of elements."
  @spec intersperse(Enumerable.t(), any) :: Enumerable.t()
  def intersperse(enumerable, separator) do
    transform(enumerable, false, fn
      element, true -> {[separator, element], true}
      element, false -> {[element], true}
    end)
  end

  @doc "Zips two enumerables into a stream of pairs, stopping at the shorter one."
  @spec zip(Enumerable.t(), Enumerable.t()) :: Enumerable.t()
  def zip(enumerable1, enumerable2), do: zip_with([enumerable1, enumerable2], &:erlang.list_to_tuple/1)

  @doc "Zips a list of enumerables into a stream of tuples, stopping at the shortest."
  @spec zip(Enumerable.t()) :: Enumerable.t()
  def zip(enumerables), do: zip_with(enumerables, &:erlang.list_to_tuple/1)

  @doc "Zips two enumerables, combining each pair with `zip_fun`."
  @spec zip_with(Enumerable.t(), Enumerable.t(), (term, term -> term)) :: Enumerable.t()
  def zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2) do
    zip_with([enumerable1, enumerable2], fn [left, right] -> zip_fun.(left, right) end)
  end

  @doc "Zips a list of enumerables, combining each group of elements (as a list) with `zip_fun`."
  @spec zip_with(Enumerable.t(), ([term] -> term)) :: Enumerable.t()
  def zip_with(enumerables, zip_fun) when is_function(zip_fun, 1) do
    fn acc, fun ->
      pullers = Enum.map(enumerables, &puller/1)
      zip_step(pullers, zip_fun, acc, fun)
    end
  end

  defp zip_step(pullers, _zip_fun, {:halt, acc}, _fun) do
    halt_all(pullers)
    {:halted, acc}
  end

  defp zip_step(pullers, zip_fun, {:suspend, acc}, fun) do
    {:suspended, acc, &zip_step(pullers, zip_fun, &1, fun)}
  end

  defp zip_step([], _zip_fun, {:cont, acc}, _fun), do: {:done, acc}

  defp zip_step(pullers, zip_fun, {:cont, acc}, fun) do
    case pull_all(pullers, [], []) do
      {:ok, heads, pullers} -> zip_step(pullers, zip_fun, fun.(zip_fun.(heads), acc), fun)
      :done -> {:done, acc}
    end
  end

  defp pull_all([], heads, pullers), do: {:ok, :lists.reverse(heads), :lists.reverse(pullers)}

  defp pull_all([puller | rest], heads, pullers) do
    case pull(puller) do
      {:ok, element, puller} ->
        pull_all(rest, [element | heads], [puller | pullers])

      {:last, element} ->
        pull_all(rest, [element | heads], [:finished | pullers])

      :done ->
        halt_all(rest)
        halt_all(pullers)
        :done
    end
  end

  defp halt_all([]), do: :ok

  defp halt_all([puller | rest]) do
    halt_puller(puller)
    halt_all(rest)
  end

  @doc """
  Passes each element (through `transform`) into `collectable` while
  emitting it unchanged; the collectable is finished when enumeration ends.
  """
  @spec into(Enumerable.t(), Collectable.t(), (term -> term)) :: Enumerable.t()
  def into(enumerable, collectable, transform \\ fn x -> x end) when is_function(transform, 1) do
    fn acc, fun ->
      {initial, collector} = Collectable.into(collectable)

      step = fn element, {acc, collected} ->
        collected = collector.(collected, {:cont, transform.(element)})
        {command, acc} = fun.(element, acc)
        {command, {acc, collected}}
      end

      into_run(&Enumerable.reduce(enumerable, &1, step), initial, collector, acc)
    end
  end

  defp into_run(reduce, collected, collector, {command, acc}) do
    result =
      try do
        reduce.({command, {acc, collected}})
      catch
        kind, reason ->
          collector.(collected, :halt)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case result do
      {:suspended, {acc, collected}, continuation} ->
        {:suspended, acc, &into_run(continuation, collected, collector, &1)}

      {reason, {acc, collected}} ->
        collector.(collected, :done)
        {reason, acc}
    end
  end

  @doc "Enumerates the stream for its side effects; returns `:ok`."
  @spec run(Enumerable.t()) :: :ok
  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end

  # ---------------------------------------------------------------------------
  # Stateless stages

  @doc "Lazily applies `fun` to each element."
  @spec map(Enumerable.t(), (element -> any)) :: Enumerable.t()
  def map(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down -> source.(acc, fn x, acc -> down.(fun.(x), acc) end) end
    end)
  end

  @doc "Lazily keeps the elements for which `fun` returns a truthy value."
  @spec filter(Enumerable.t(), (element -> as_boolean(term))) :: Enumerable.t()
  def filter(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        source.(acc, fn x, acc -> if fun.(x), do: down.(x, acc), else: {:cont, acc} end)
      end
    end)
  end

  @doc false
  @deprecated "Use Stream.filter/2 + Stream.map/2 instead"
  def filter_map(enumerable, filter, mapper) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        source.(acc, fn x, acc -> if filter.(x), do: down.(mapper.(x), acc), else: {:cont, acc} end)
      end
    end)
  end

  @doc "Lazily drops the elements for which `fun` returns a truthy value."
  @spec reject(Enumerable.t(), (element -> as_boolean(term))) :: Enumerable.t()
  def reject(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        source.(acc, fn x, acc -> if fun.(x), do: {:cont, acc}, else: down.(x, acc) end)
      end
    end)
  end

  @doc "Calls `fun` on each element as it passes; the elements are unchanged."
  @spec each(Enumerable.t(), (element -> term)) :: Enumerable.t()
  def each(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        source.(acc, fn x, acc ->
          fun.(x)
          down.(x, acc)
        end)
      end
    end)
  end

  @doc "Lazily takes elements while `fun` returns a truthy value."
  @spec take_while(Enumerable.t(), (element -> as_boolean(term))) :: Enumerable.t()
  def take_while(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        source.(acc, fn x, acc -> if fun.(x), do: down.(x, acc), else: {:halt, acc} end)
      end
    end)
  end

  # ---------------------------------------------------------------------------
  # Stages with state

  @doc "Lazily takes `count` elements (from the end when negative, which needs the whole input)."
  @spec take(Enumerable.t(), integer) :: Enumerable.t()
  def take(enumerable, count)
  def take(_enumerable, 0), do: %{__struct__: Stream, enum: [], funs: [], accs: [], done: nil}

  def take(enumerable, count) when is_integer(count) and count > 0 do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn
          _x, {acc, 0} ->
            {:halt, {acc, 0}}

          x, {acc, left} ->
            # after the last element the stage halts, even if the consumer asked to suspend
            case down.(x, acc) do
              {:halt, acc} -> {:halt, {acc, @consumer_halted}}
              {_command, acc} when left == 1 -> {:halt, {acc, 0}}
              {command, acc} -> {command, {acc, left - 1}}
            end
        end

        with_state(source, acc, count, step, nil)
      end
    end)
  end

  def take(enumerable, count) when is_integer(count) and count < 0 do
    fn acc, fun -> Enumerable.reduce(Enum.take(enumerable, count), acc, fun) end
  end

  @doc "Lazily drops `count` elements (from the end when negative)."
  @spec drop(Enumerable.t(), integer) :: Enumerable.t()
  def drop(enumerable, count) when is_integer(count) and count >= 0 do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn
          x, {acc, 0} -> pass(down, x, acc, 0)
          _x, {acc, left} -> {:cont, {acc, left - 1}}
        end

        with_state(source, acc, count, step, nil)
      end
    end)
  end

  def drop(enumerable, count) when is_integer(count) and count < 0 do
    keep = -count

    lazy(enumerable, fn source ->
      fn acc, down ->
        # the state is a queue {front, back, size} of the last `keep` elements
        step = fn x, {acc, {front, back, size}} ->
          if size < keep do
            {:cont, {acc, {front, [x | back], size + 1}}}
          else
            {oldest, front, back} = dequeue(front, back)
            pass(down, oldest, acc, {front, [x | back], size})
          end
        end

        with_state(source, acc, {[], [], 0}, step, nil)
      end
    end)
  end

  defp dequeue([], back), do: dequeue(:lists.reverse(back), [])
  defp dequeue([oldest | front], back), do: {oldest, front, back}

  @doc "Lazily drops every `nth` element, starting with the first."
  @spec drop_every(Enumerable.t(), non_neg_integer) :: Enumerable.t()
  def drop_every(enumerable, nth)

  def drop_every(enumerable, 0), do: %{__struct__: Stream, enum: enumerable, funs: [], accs: [], done: nil}

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 0 do
    every(enumerable, nth, &drop_it/4, fn x, acc, down, state -> pass(down, x, acc, state) end)
  end

  defp drop_it(_x, acc, _down, state), do: {:cont, {acc, state}}

  @doc "Lazily takes every `nth` element, starting with the first."
  @spec take_every(Enumerable.t(), non_neg_integer) :: Enumerable.t()
  def take_every(enumerable, nth)
  def take_every(_enumerable, 0), do: %{__struct__: Stream, enum: [], funs: [], accs: [], done: nil}

  def take_every(enumerable, nth) when is_integer(nth) and nth > 0 do
    every(enumerable, nth, fn x, acc, down, state -> pass(down, x, acc, state) end, &drop_it/4)
  end

  @doc "Lazily applies `fun` to every `nth` element, starting with the first."
  @spec map_every(Enumerable.t(), non_neg_integer, (element -> any)) :: Enumerable.t()
  def map_every(enumerable, nth, fun)
  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: %{__struct__: Stream, enum: enumerable, funs: [], accs: [], done: nil}

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    every(
      enumerable,
      nth,
      fn x, acc, down, state -> pass(down, fun.(x), acc, state) end,
      fn x, acc, down, state -> pass(down, x, acc, state) end
    )
  end

  # Calls `on_nth` for the elements at positions 0, nth, 2 * nth, ... and
  # `otherwise` for the rest.
  defp every(enumerable, nth, on_nth, otherwise) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, position} ->
          next = if position + 1 == nth, do: 0, else: position + 1

          if position == 0 do
            on_nth.(x, acc, down, next)
          else
            otherwise.(x, acc, down, next)
          end
        end

        with_state(source, acc, 0, step, nil)
      end
    end)
  end

  @doc "Lazily drops elements while `fun` returns a truthy value."
  @spec drop_while(Enumerable.t(), (element -> as_boolean(term))) :: Enumerable.t()
  def drop_while(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn
          x, {acc, true} ->
            if fun.(x), do: {:cont, {acc, true}}, else: pass(down, x, acc, false)

          x, {acc, false} ->
            pass(down, x, acc, false)
        end

        with_state(source, acc, true, step, nil)
      end
    end)
  end

  @doc "Lazily removes consecutive duplicate elements."
  @spec dedup(Enumerable.t()) :: Enumerable.t()
  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  @doc "Lazily removes consecutive elements for which `fun` gives the same value as the one before."
  @spec dedup_by(Enumerable.t(), (element -> term)) :: Enumerable.t()
  def dedup_by(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, previous} ->
          key = fun.(x)

          case previous do
            {:last, last} when last === key -> {:cont, {acc, previous}}
            _ -> pass(down, x, acc, {:last, key})
          end
        end

        with_state(source, acc, :none, step, nil)
      end
    end)
  end

  @doc "Lazily removes duplicate elements, keeping the first of each."
  @spec uniq(Enumerable.t()) :: Enumerable.t()
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  @doc false
  @deprecated "Use Stream.uniq_by/2 instead"
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

  @doc "Lazily removes elements whose `fun` value was already seen."
  @spec uniq_by(Enumerable.t(), (element -> term)) :: Enumerable.t()
  def uniq_by(enumerable, fun) when is_function(fun, 1) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, seen} ->
          key = fun.(x)

          if :maps.is_key(key, seen) do
            {:cont, {acc, seen}}
          else
            pass(down, x, acc, :maps.put(key, true, seen))
          end
        end

        with_state(source, acc, %{}, step, nil)
      end
    end)
  end

  @doc "Lazily emits the running results of `fun`, starting with the first element."
  @spec scan(Enumerable.t(), (element, acc -> any)) :: Enumerable.t()
  def scan(enumerable, fun) when is_function(fun, 2) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn
          x, {acc, :first} ->
            pass(down, x, acc, {:value, x})

          x, {acc, {:value, last}} ->
            value = fun.(x, last)
            pass(down, value, acc, {:value, value})
        end

        with_state(source, acc, :first, step, nil)
      end
    end)
  end

  @doc "Lazily emits the running results of `fun`, starting from `acc`."
  @spec scan(Enumerable.t(), acc, (element, acc -> any)) :: Enumerable.t()
  def scan(enumerable, initial, fun) when is_function(fun, 2) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, last} ->
          value = fun.(x, last)
          pass(down, value, acc, value)
        end

        with_state(source, acc, initial, step, nil)
      end
    end)
  end

  @doc "Lazily pairs each element with its index plus `offset`."
  @spec with_index(Enumerable.t(), integer) :: Enumerable.t()
  def with_index(enumerable, offset \\ 0) when is_integer(offset) do
    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, index} -> pass(down, {x, index}, acc, index + 1) end
        with_state(source, acc, offset, step, nil)
      end
    end)
  end

  # ---------------------------------------------------------------------------
  # Chunking

  @doc """
  Lazily splits into chunks decided by `chunk_fun` (see `Enum.chunk_while/4`);
  `after_fun` may emit one last chunk when the input ends.
  """
  @spec chunk_while(
          Enumerable.t(),
          acc,
          (element, acc -> {:cont, chunk, acc} | {:cont, acc} | {:halt, acc}),
          (acc -> {:cont, chunk, acc} | {:cont, acc})
        ) :: Enumerable.t()
        when chunk: any
  def chunk_while(enumerable, acc, chunk_fun, after_fun)
      when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    initial = acc

    lazy(enumerable, fn source ->
      fn acc, down ->
        step = fn x, {acc, state} ->
          case chunk_fun.(x, state) do
            {:cont, chunk, state} -> pass(down, chunk, acc, state)
            {:cont, state} -> {:cont, {acc, state}}
            {:halt, state} -> {:halt, {acc, state}}
          end
        end

        finish = fn acc, state ->
          case after_fun.(state) do
            {:cont, _state} -> {:done, acc}
            {:cont, chunk, _state} -> emit_list([chunk], {:cont, acc}, down)
          end
        end

        with_state(source, acc, initial, step, finish)
      end
    end)
  end

  @doc "Lazily splits into runs of elements for which `fun` returns the same value."
  @spec chunk_by(Enumerable.t(), (element -> any)) :: Enumerable.t()
  def chunk_by(enumerable, fun) when is_function(fun, 1) do
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

  @doc "Lazily splits into lists of `count` elements; the last one may be shorter."
  @spec chunk_every(Enumerable.t(), pos_integer) :: Enumerable.t()
  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  @doc """
  Lazily splits into lists of `count` elements, a new one starting every
  `step` elements; see `Enum.chunk_every/4` for `leftover`.
  """
  @spec chunk_every(Enumerable.t(), pos_integer, pos_integer, Enumerable.t() | :discard) ::
          Enumerable.t()
  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = :erlang.max(count, step)

    add = fn element, {buffer, size} ->
      buffer = [element | buffer]
      size = size + 1

      kept =
        if size >= limit do
          remaining = size - step
          {Enum.take(buffer, remaining), remaining}
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
          {:cont, :lists.reverse(buffer, Enum.take(leftover, count - size)), []}
        end
    end

    chunk_while(enumerable, {[], 0}, add, finish)
  end

  @doc false
  @deprecated "Use Stream.chunk_every/2 instead"
  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)

  @doc false
  @deprecated "Use Stream.chunk_every/3 instead"
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)

  @doc false
  @deprecated "Use Stream.chunk_every/4 instead"
  def chunk(enumerable, count, step, leftover) do
    chunk_every(enumerable, count, step, leftover || :discard)
  end
end

defimpl Enumerable, for: Stream do
  def reduce(%{enum: enumerable, funs: funs}, acc, fun) do
    base = &Enumerable.reduce(enumerable, &1, &2)
    composed = build(:lists.reverse(funs), base)
    do_each(composed, nil, acc, fun)
  end

  # Runs the composed reduction; named as Elixir's loop, whose frame shows
  # under the stages' (so not a tail call).
  defp do_each(composed, _done, acc, fun) do
    case composed.(acc, fun) do
      {:suspended, acc, continue} -> {:suspended, acc, continue}
      result -> result
    end
  end

  defp build([], reduce), do: reduce
  defp build([stage | rest], reduce), do: build(rest, stage.(reduce))

  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _value), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}
end

defimpl Inspect, for: Stream do
  def inspect(%{enum: enumerable, funs: funs}, opts) do
    inner = [enum: enumerable, funs: :lists.reverse(funs)]
    Inspect.Algebra.concat(["#Stream<", Inspect.Algebra.to_doc(inner, opts), ">"])
  end
end
