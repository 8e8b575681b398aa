defprotocol Enumerable do
  @moduledoc """
  The protocol behind `Enum` and `Stream`.

  An implementation walks its collection with `reduce/3`, driven by the
  instruction in the accumulator tuple: `{:cont, acc}` asks for the next
  element, `{:halt, acc}` stops at once and `{:suspend, acc}` pauses, handing
  back a continuation. `count/1`, `member?/2` and `slice/1` may answer
  `{:error, module}` to let `Enum` fall back to a plain reduction.
  """

  @typedoc "The instruction given to each step of a reduction."
  @type acc :: {:cont, term} | {:halt, term} | {:suspend, term}

  @typedoc "The function applied to each element of a reduction."
  @type reducer :: (element :: term, current_acc :: term -> acc)

  @typedoc "How a reduction ended."
  @type result ::
          {:done, term}
          | {:halted, term}
          | {:suspended, term, continuation}

  @typedoc "Resumes a suspended reduction."
  @type continuation :: (acc -> result)

  @typedoc "Returns `length` elements from `start`, taking one in every `step`."
  @type slicing_fun ::
          (start :: non_neg_integer, length :: pos_integer, step :: pos_integer -> [term()])

  @typedoc "Turns the whole enumerable into a list."
  @type to_list_fun :: (t -> [term()])

  @doc """
  Reduces `enumerable` into one value, one element at a time, following the
  `{:cont | :halt | :suspend, acc}` instruction returned by `fun`.
  """
  @spec reduce(t, acc, reducer) :: result
  def reduce(enumerable, acc, fun)

  @doc """
  Returns `{:ok, size}` when the size is known without a walk, else
  `{:error, __MODULE__}`.
  """
  @spec count(t) :: {:ok, non_neg_integer} | {:error, module}
  def count(enumerable)

  @doc """
  Returns `{:ok, boolean}` when membership can be decided without a walk,
  else `{:error, __MODULE__}`. Membership uses `===`.
  """
  @spec member?(t, term) :: {:ok, boolean} | {:error, module}
  def member?(enumerable, element)

  @doc """
  Returns `{:ok, size, fun}` when parts of the enumerable can be read without
  walking from the start, else `{:error, __MODULE__}`. `fun` is either a
  slicing function of arity 3 or a function of arity 1 that lists everything.
  """
  @spec slice(t) :: {:ok, non_neg_integer, slicing_fun | to_list_fun} | {:error, module}
  def slice(enumerable)
end

defimpl Enumerable, for: List do
  def count(list), do: {:ok, length(list)}

  def member?(_list, _value), do: {:error, __MODULE__}

  def slice(_list), do: {:error, __MODULE__}

  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(list, &1, fun)}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun)
end

defimpl Enumerable, for: Map do
  def count(map), do: {:ok, map_size(map)}

  def member?(map, {key, value}) do
    case :maps.find(key, map) do
      {:ok, found} -> {:ok, found === value}
      :error -> {:ok, false}
    end
  end

  def member?(_map, _other), do: {:ok, false}

  def slice(map), do: {:ok, map_size(map), &:maps.to_list/1}

  # (through the list's reduce, as Elixir's: its frame shows)
  def reduce(map, acc, fun), do: Enumerable.List.reduce(:maps.to_list(map), acc, fun)
end

defimpl Enumerable, for: Function do
  def count(_function), do: {:error, __MODULE__}

  def member?(_function, _value), do: {:error, __MODULE__}

  def slice(_function), do: {:error, __MODULE__}

  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)

  def reduce(function, _acc, _fun) do
    raise Protocol.UndefinedError,
      protocol: Enumerable,
      value: function,
      description: "only anonymous functions of arity 2 are enumerable"
  end
end
