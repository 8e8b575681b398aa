defmodule Kernel do
  @moduledoc """
  The functions imported into every module that are written in Elixir.

  Operators, guards and the Erlang built-ins (`length/1`, `elem/2`, `+`,
  `is_*`, ...) are compiled straight to `:erlang` calls, and the macros
  (`def`, `if`, `|>`, ...) are expanded by the compiler; this module holds
  the rest: conversions, nested access and struct building.
  """

  @doc "Converts `term` to a string with the `String.Chars` protocol."
  @spec to_string(String.Chars.t()) :: String.t()
  def to_string(term) when is_binary(term), do: term
  def to_string(term), do: String.Chars.to_string(term)

  @doc """
  Whether `left` contains `right`: a substring, or a match of a regex.
  """
  @spec String.t() =~ (String.t() | Regex.t()) :: boolean
  def left =~ "" when is_binary(left), do: true

  def left =~ right when is_binary(left) and is_binary(right) do
    :binary.match(left, right) != :nomatch
  end

  def left =~ right when is_binary(left), do: Regex.match?(right, left)

  @doc "Calls `fun` with `value` and returns the result; handy at the end of a pipeline."
  @spec then(value, (value -> result)) :: result when value: var, result: var
  def then(value, fun) when is_function(fun, 1), do: fun.(value)

  @doc "Calls `fun` with `value` for its side effects and returns `value`."
  @spec tap(value, (value -> any)) :: value when value: var
  def tap(value, fun) when is_function(fun, 1) do
    fun.(value)
    value
  end

  @doc false
  # What `dbg/2` prints: where it ran, then each step's code and value (a
  # pipeline's later steps start with `|>`), then a blank line.
  def __dbg__(header, steps, opts) do
    opts = Keyword.merge([pretty: true], opts || [])

    lines =
      for {code, value, piped} <- steps do
        prefix = if piped, do: "|> ", else: ""
        [prefix, Macro.to_string(code), " #=> ", inspect(value, opts), "\n"]
      end

    IO.write([header, "\n", lines, "\n"])
  end

  @doc """
  Reads a value from nested data following `keys`: each key goes through
  `Access`, or is an accessor function. `nil` along the way gives `nil`.
  """
  @spec get_in(Access.t(), nonempty_list(term)) :: term
  def get_in(data, keys)
  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [key]) when is_function(key), do: key.(:get, data, fn value -> value end)
  def get_in(data, [key | rest]) when is_function(key), do: key.(:get, data, &get_in(&1, rest))
  def get_in(data, [key]), do: Access.get(data, key)
  def get_in(data, [key | rest]), do: get_in(Access.get(data, key), rest)

  @doc "Puts `value` into nested data at the path given by `keys`."
  @spec put_in(Access.t(), nonempty_list(term), term) :: Access.t()
  def put_in(data, [_ | _] = keys, value) do
    elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  end

  @doc "Updates the value in nested data at the path given by `keys` with `fun`."
  @spec update_in(Access.t(), nonempty_list(term), (term -> term)) :: Access.t()
  def update_in(data, [_ | _] = keys, fun) when is_function(fun, 1) do
    elem(get_and_update_in(data, keys, fn value -> {nil, fun.(value)} end), 1)
  end

  @doc """
  Gets and updates a value in nested data in one pass; `fun` receives the
  current value and returns `{get, new_value}` or `:pop`.
  """
  @spec get_and_update_in(
          structure,
          keys,
          (term | nil -> {current_value, new_value} | :pop)
        ) :: {current_value, new_structure :: structure}
        when structure: Access.t(),
             keys: nonempty_list(any),
             current_value: Access.value(),
             new_value: Access.value()
  def get_and_update_in(data, keys, fun)

  def get_and_update_in(data, [key], fun) when is_function(key, 3) do
    key.(:get_and_update, data, fun)
  end

  def get_and_update_in(data, [key | rest], fun) when is_function(key, 3) do
    key.(:get_and_update, data, &get_and_update_in(&1, rest, fun))
  end

  def get_and_update_in(data, [key], fun) when is_function(fun, 1) do
    Access.get_and_update(data, key, fun)
  end

  def get_and_update_in(data, [key | rest], fun) when is_function(fun, 1) do
    Access.get_and_update(data, key, &get_and_update_in(&1, rest, fun))
  end

  @doc "Removes the value at the path given by `keys` and returns `{value, new_data}`."
  @spec pop_in(data, nonempty_list(Access.get_and_update_fun(term, data) | term)) :: {term, data}
        when data: Access.container()
  def pop_in(data, keys)

  def pop_in(nil, [key | _]) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  def pop_in(data, [_ | _] = keys), do: pop_path(data, keys)

  defp pop_path(nil, [_ | _]), do: :pop
  defp pop_path(data, [key]) when is_function(key), do: key.(:get_and_update, data, fn _ -> :pop end)

  defp pop_path(data, [key | rest]) when is_function(key) do
    key.(:get_and_update, data, &pop_path(&1, rest))
  end

  defp pop_path(data, [key]), do: Access.pop(data, key)

  defp pop_path(data, [key | rest]) do
    Access.get_and_update(data, key, &pop_path(&1, rest))
  end

  @doc """
  Builds a struct of `struct` (a module or an existing struct), taking the
  given fields; unknown keys are ignored.
  """
  @spec struct(module | struct, Enumerable.t()) :: struct
  def struct(struct, fields \\ [])

  def struct(struct, fields) when is_atom(struct) do
    fill_struct(struct.__struct__(), fields)
  end

  def struct(%{__struct__: _} = struct, fields), do: fill_struct(struct, fields)

  defp fill_struct(struct, fields) do
    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc ->
        acc

      {key, value}, acc ->
        case acc do
          %{^key => _} -> %{acc | key => value}
          _ -> acc
        end
    end)
  end

  @doc """
  Like `struct/2`, but raises `KeyError` for unknown keys and
  `ArgumentError` when an enforced key is missing (for a module).
  """
  @spec struct!(module | struct, Enumerable.t()) :: struct
  def struct!(struct, fields \\ [])

  def struct!(struct, fields) when is_atom(struct) do
    # The generated `__struct__/1` fills known keys only; an unknown key is
    # a KeyError without a term, as a map update `%{map | key => value}` raises it.
    defaults = struct.__struct__()

    Enum.each(fields, fn
      {:__struct__, _} -> :ok
      {key, _} when is_map_key(defaults, key) -> :ok
      {key, _} -> raise KeyError, key: key
    end)

    struct.__struct__(fields)
  end

  @doc false
  # A struct's `__struct__/1`: the fields given must exist, and the enforced
  # keys must be among them.
  def __struct_fill__(struct, fields, enforce) do
    given = Enum.map(fields, fn {key, _} -> key end)

    case Enum.reject(List.wrap(enforce), &(&1 in given)) do
      [] ->
        :ok

      missing ->
        raise ArgumentError,
              "the following keys must also be given when building struct " <>
                "#{inspect(struct.__struct__)}: #{inspect(missing)}"
    end

    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc ->
        acc

      {key, value}, acc ->
        case acc do
          %{^key => _} -> %{acc | key => value}
          _ -> raise KeyError, key: key, term: nil
        end
    end)
  end

  def struct!(%{__struct__: _} = struct, fields) do
    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc -> acc
      {key, value}, acc -> :maps.update(key, value, acc)
    end)
  end

  @doc """
  Returns `size` bytes of `binary` from byte `start` (negative counts from
  the end); a start past the end gives `""`.
  """
  @spec binary_slice(binary, integer, non_neg_integer) :: binary
  def binary_slice(binary, start, size)
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: max(total + start, 0), else: start

    if start < total do
      :erlang.binary_part(binary, start, min(size, total - start))
    else
      ""
    end
  end

  @doc """
  Returns the bytes of `binary` at the offsets of `range` (negative offsets
  count from the end; the step must be positive).
  """
  @spec binary_slice(binary, Range.t()) :: binary
  def binary_slice(binary, %{__struct__: Range, first: first, last: last, step: step})
      when is_binary(binary) and step > 0 do
    total = byte_size(binary)
    first = if first < 0, do: max(first + total, 0), else: first
    last = if last < 0, do: last + total, else: last
    count = last - first + 1

    if first < total and count > 0 do
      part = :erlang.binary_part(binary, first, min(count, total - first))
      if step == 1, do: part, else: every_nth_byte(part, step, [])
    else
      ""
    end
  end

  def binary_slice(binary, %{__struct__: Range} = range) when is_binary(binary) do
    raise ArgumentError,
          "binary_slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
  end

  defp every_nth_byte(<<byte, rest::binary>>, step, acc) do
    skip = min(step - 1, byte_size(rest))
    <<_::binary-size(skip), rest::binary>> = rest
    every_nth_byte(rest, step, [byte | acc])
  end

  defp every_nth_byte(<<>>, _step, acc), do: acc |> :lists.reverse() |> :erlang.list_to_binary()

  # The compiler turns local calls of these into Erlang built-ins; these
  # definitions serve remote calls such as `Kernel.elem(tuple, 0)`.
  @doc false
  def elem(tuple, index), do: :erlang.element(index + 1, tuple)
  @doc false
  def put_elem(tuple, index, value), do: :erlang.setelement(index + 1, tuple, value)
  @doc false
  def is_map_key(map, key), do: :erlang.is_map_key(key, map)
  @doc false
  def node(arg), do: :erlang.node(arg)

  @doc "Power: an integer for integer operands with a non-negative exponent, else a float."
  def base ** exponent when is_integer(base) and is_integer(exponent) and exponent >= 0 do
    Integer.pow(base, exponent)
  end

  def base ** exponent when is_number(base) and is_number(exponent) do
    :math.pow(base, exponent)
  end
end
