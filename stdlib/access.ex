defmodule Access do
  @moduledoc """
  Key-based access to nested data, used by `get_in/2`, `put_in/3`,
  `update_in/3`, `get_and_update_in/3`, `pop_in/2` and the `data[key]`
  syntax.

  Maps and keyword lists (with atom keys) are supported directly; `nil`
  reads as empty. Structs must implement the `Access` behaviour
  (`fetch/2`, `get_and_update/3`, `pop/2`), or be reached through
  `key/2`/`key!/1`. The functions `key/2`, `at/1`, `elem/1`, `all/0`,
  `filter/1` and `slice/1` return accessors for other shapes of data.
  """

  @type container :: keyword | struct | map
  @type nil_container :: nil
  @type t :: container | nil_container | any
  @type key :: any
  @type value :: any
  @type get_fun(data) :: (:get, data, (term -> term) -> new_data :: container)
  @type get_and_update_fun(data, current_value) ::
          (:get_and_update, data, (term -> term) ->
             {current_value, new_data :: container} | :pop)
  @type access_fun(data, current_value) ::
          get_fun(data) | get_and_update_fun(data, current_value)

  @callback fetch(term :: t, key) :: {:ok, value} | :error
  @callback get_and_update(data, key, (value | nil -> {current_value, new_value :: value} | :pop)) ::
              {current_value, new_data :: data}
            when current_value: value, data: container
  @callback pop(data, key) :: {value, data} when data: container

  @doc "Returns `{:ok, value}` for `key` in `container`, or `:error`."
  @spec fetch(container, term) :: {:ok, term} | :error
  @spec fetch(nil_container, any) :: :error
  def fetch(container, key)

  def fetch(%module{} = container, key) do
    try do
      module.fetch(container, key)
    rescue
      exception in UndefinedFunctionError ->
        raise_undefined_behaviour(exception, module, :fetch, 2)
    end
  end

  def fetch(map, key) when is_map(map), do: :maps.find(key, map)

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list) do
    raise ArgumentError,
          "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)
  end

  def fetch(nil, _key), do: :error

  # Re-raises an UndefinedFunctionError for a struct module without Access
  # callbacks, explaining how to reach struct fields instead.
  defp raise_undefined_behaviour(%{module: module, function: function, arity: arity} = exception, module, function, arity) do
    message =
      "#{inspect(module)} does not implement the Access behaviour. " <>
        "If you are using get_in/put_in/update_in, you can specify the field " <>
        "to be accessed using Access.key!/1"

    raise %{exception | reason: message}
  end

  defp raise_undefined_behaviour(exception, _module, _function, _arity) do
    raise exception
  end

  @doc "Returns the value for `key` in `container`; raises `KeyError` when it is missing."
  @spec fetch!(container, term) :: term
  def fetch!(container, key) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> raise KeyError, key: key, term: container
    end
  end

  @doc "Returns the value for `key` in `container`, or `default`."
  @spec get(container, term, term) :: term
  @spec get(nil_container, any, default) :: default when default: var
  def get(container, key, default \\ nil)

  def get(%_{} = container, key, default) do
    case fetch(container, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end

  def get(list, key, _default) when is_list(list) do
    raise ArgumentError,
          "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)
  end

  def get(nil, _key, default), do: default

  @doc """
  Gets the value for `key` and updates it in one pass; `fun` returns
  `{current, new}` or `:pop`.
  """
  @spec get_and_update(data, key, (value | nil -> {current_value, new_value :: value} | :pop)) ::
          {current_value, new_data :: data}
        when data: container, current_value: var
  def get_and_update(%module{} = container, key, fun) do
    try do
      module.get_and_update(container, key, fun)
    rescue
      exception in UndefinedFunctionError ->
        raise_undefined_behaviour(exception, module, :get_and_update, 3)
    end
  end

  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)

  def get_and_update(list, key, fun) when is_list(list) do
    Keyword.get_and_update(list, key, fun)
  end

  def get_and_update(nil, key, _fun) do
    raise ArgumentError, "could not put/update key #{inspect(key)} on a nil value"
  end

  @doc "Removes `key` from `container` and returns `{value, rest}`."
  @spec pop(data, key) :: {value, data} when data: container
  def pop(%module{} = container, key) do
    try do
      module.pop(container, key)
    rescue
      exception in UndefinedFunctionError ->
        raise_undefined_behaviour(exception, module, :pop, 2)
    end
  end

  def pop(map, key) when is_map(map), do: Map.pop(map, key)
  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)

  def pop(nil, key) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  # ---------------------------------------------------------------------------
  # Accessors

  @doc "Accessor for `key` in a map or struct; missing keys read as `default`."
  @spec key(key, term) :: access_fun(data :: struct | map, current_value :: term)
  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  @doc "Accessor for `key` in a map or struct; raises `KeyError` when it is missing."
  @spec key!(key) :: access_fun(data :: struct | map, current_value :: term)
  def key!(key) do
    fn
      :get, %{} = data, next ->
        next.(Map.fetch!(data, key))

      :get_and_update, %{} = data, next ->
        value = Map.fetch!(data, key)

        case next.(value) do
          {get, update} -> {get, %{data | key => update}}
          :pop -> {value, Map.delete(data, key)}
        end

      _op, data, _next ->
        raise "Access.key!/1 expected a map/struct, got: #{inspect(data)}"
    end
  end

  @doc "Accessor for the element at zero-based `index` of a tuple."
  @spec elem(non_neg_integer) :: access_fun(data :: tuple, current_value :: term)
  def elem(index) when is_integer(index) and index >= 0 do
    position = index + 1

    fn
      :get, data, next when is_tuple(data) ->
        next.(:erlang.element(position, data))

      :get_and_update, data, next when is_tuple(data) ->
        value = :erlang.element(position, data)

        case next.(value) do
          {get, update} -> {get, :erlang.setelement(position, data, update)}
          :pop -> raise "cannot pop data from a tuple"
        end

      _op, data, _next ->
        raise "Access.elem/1 expected a tuple, got: #{inspect(data)}"
    end
  end

  @doc "Accessor for every element of a list."
  @spec all() :: access_fun(data :: list, current_value :: list)
  def all do
    fn
      :get, data, next when is_list(data) ->
        Enum.map(data, next)

      :get_and_update, data, next when is_list(data) ->
        update_matching(data, fn _ -> true end, next, [], [])

      _op, data, _next ->
        raise "Access.all/0 expected a list, got: #{inspect(data)}"
    end
  end

  @doc "Accessor for the elements of a list for which `fun` is truthy."
  @spec filter((term -> boolean)) :: access_fun(data :: list, current_value :: list)
  def filter(fun) when is_function(fun) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.filter(fun) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        update_matching(data, fun, next, [], [])

      _op, data, _next ->
        raise "Access.filter/1 expected a list, got: #{inspect(data)}"
    end
  end

  # Applies `next` to the elements accepted by `wanted?`, collecting the
  # gets; popped elements are removed.
  defp update_matching([], _wanted?, _next, gets, updates) do
    {:lists.reverse(gets), :lists.reverse(updates)}
  end

  defp update_matching([element | rest], wanted?, next, gets, updates) do
    if wanted?.(element) do
      case next.(element) do
        {get, update} -> update_matching(rest, wanted?, next, [get | gets], [update | updates])
        :pop -> update_matching(rest, wanted?, next, [element | gets], updates)
      end
    else
      update_matching(rest, wanted?, next, gets, [element | updates])
    end
  end

  @doc "Accessor for the element at `index` of a list (negative counts from the end)."
  @spec at(integer) :: access_fun(data :: list, current_value :: term)
  def at(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        data |> Enum.at(index) |> next.()

      :get_and_update, data, next when is_list(data) ->
        update_at(data, index, next, fn -> {nil, data} end)

      _op, data, _next ->
        raise "Access.at/1 expected a list, got: #{inspect(data)}"
    end
  end

  @doc "Like `at/1`, but raises `Enum.OutOfBoundsError` when `index` is out of range."
  @spec at!(integer) :: access_fun(data :: list, current_value :: term)
  def at!(index) when is_integer(index) do
    fn
      :get, data, next when is_list(data) ->
        case Enum.fetch(data, index) do
          {:ok, value} -> next.(value)
          :error -> raise Enum.OutOfBoundsError
        end

      :get_and_update, data, next when is_list(data) ->
        update_at(data, index, next, fn -> raise Enum.OutOfBoundsError end)

      _op, data, _next ->
        raise "Access.at!/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp update_at(list, index, next, missing) do
    position = if index < 0, do: length(list) + index, else: index

    if position < 0 do
      missing.()
    else
      update_position(list, position, next, missing, [])
    end
  end

  defp update_position([], _position, _next, missing, _before), do: missing.()

  defp update_position([element | rest], 0, next, _missing, before) do
    case next.(element) do
      {get, update} -> {get, :lists.reverse(before, [update | rest])}
      :pop -> {element, :lists.reverse(before, rest)}
    end
  end

  defp update_position([element | rest], position, next, missing, before) do
    update_position(rest, position - 1, next, missing, [element | before])
  end

  @doc "Accessor for the elements of a list at the positions of `range` (step must be positive)."
  @spec slice(Range.t()) :: access_fun(data :: list, current_value :: list)
  def slice(%{__struct__: Range, step: step} = range) do
    if step < 0 do
      raise ArgumentError,
            "Access.slice/1 does not accept ranges with negative steps, got: #{inspect(range)}"
    end

    fn
      :get, data, next when is_list(data) ->
        data |> Enum.slice(range) |> Enum.map(next)

      :get_and_update, data, next when is_list(data) ->
        %{first: first, last: last, step: step} = range
        count = length(data)
        first = if first < 0, do: first + count, else: first
        last = if last < 0, do: last + count, else: last
        in_range? = fn index -> index >= first and index <= last and rem(index - first, step) == 0 end
        update_indexed(data, 0, in_range?, next, [], [])

      _op, data, _next ->
        raise ArgumentError, "Access.slice/1 expected a list, got: #{inspect(data)}"
    end
  end

  defp update_indexed([], _index, _in_range?, _next, gets, updates) do
    {:lists.reverse(gets), :lists.reverse(updates)}
  end

  defp update_indexed([element | rest], index, in_range?, next, gets, updates) do
    if in_range?.(index) do
      case next.(element) do
        {get, update} -> update_indexed(rest, index + 1, in_range?, next, [get | gets], [update | updates])
        :pop -> update_indexed(rest, index + 1, in_range?, next, [element | gets], updates)
      end
    else
      update_indexed(rest, index + 1, in_range?, next, gets, [element | updates])
    end
  end
end
