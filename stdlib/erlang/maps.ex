defmodule :maps do
  @moduledoc """
  The functions of Erlang's `:maps` that take a fun, written in Elixir over
  the Rust built-ins. A non-map argument raises `BadMapError`, as OTP's
  `{:badmap, term}` error does. The fun sees the pairs in the order OTP's
  iterator gives them (`:vial.map_walk/1`), which for a map of more than 32
  keys is the reverse of `:maps.to_list/1`.
  """

  def map(fun, map) when is_function(fun, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :vial.map_walk(map), do: {k, fun.(k, v)})
  end

  def map(fun, map) when is_function(fun, 2), do: :erlang.error({:badmap, map})
  def map(_fun, _map), do: not_a_fun(2)

  def filter(pred, map) when is_function(pred, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :vial.map_walk(map), pred.(k, v), do: {k, v})
  end

  def filter(pred, map) when is_function(pred, 2), do: :erlang.error({:badmap, map})
  def filter(_pred, _map), do: not_a_fun(2)

  def filtermap(fun, map) when is_function(fun, 2) and is_map(map) do
    pairs =
      Enum.flat_map(:vial.map_walk(map), fn {k, v} ->
        case fun.(k, v) do
          true -> [{k, v}]
          {true, new} -> [{k, new}]
          false -> []
        end
      end)

    :maps.from_list(pairs)
  end

  def filtermap(fun, map) when is_function(fun, 2), do: :erlang.error({:badmap, map})

  def fold(fun, acc, map) when is_function(fun, 3) and is_map(map),
    do: fold_1(fun, acc, :vial.map_walk(map))

  def fold(fun, _acc, map) when is_function(fun, 3), do: :erlang.error({:badmap, map})
  def fold(_fun, _acc, _map), do: not_a_fun(3)

  # (named as OTP's loop, whose frame shows under the fun's)
  defp fold_1(_fun, acc, []), do: acc
  defp fold_1(fun, acc, [{k, v} | rest]), do: fold_1(fun, fun.(k, v, acc), rest)

  def foreach(fun, map) when is_function(fun, 2) and is_map(map) do
    Enum.each(:vial.map_walk(map), fn {k, v} -> fun.(k, v) end)
    :ok
  end

  def foreach(fun, map) when is_function(fun, 2), do: :erlang.error({:badmap, map})

  def update_with(key, fun, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :erlang.error({:badkey, key}, [key, fun, map])
    end
  end

  def update_with(key, fun, map), do: :erlang.error({:badmap, map}, [key, fun, map])

  def update_with(key, fun, init, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> :maps.put(key, fun.(value), map)
      %{} -> :maps.put(key, init, map)
    end
  end

  def update_with(key, fun, init, map), do: :erlang.error({:badmap, map}, [key, fun, init, map])

  def groups_from_list(key_fun, list) when is_function(key_fun, 1) and is_list(list) do
    groups_from_list(key_fun, fn x -> x end, list)
  end

  def groups_from_list(key_fun, value_fun, list)
      when is_function(key_fun, 1) and is_function(value_fun, 1) and is_list(list) do
    grouped =
      List.foldl(list, %{}, fn x, acc ->
        key = key_fun.(x)
        value = value_fun.(x)

        case acc do
          %{^key => values} -> :maps.put(key, [value | values], acc)
          %{} -> :maps.put(key, [value], acc)
        end
      end)

    :maps.map(fn _key, values -> :lists.reverse(values) end, grouped)
  end

  def merge_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    List.foldl(:maps.to_list(map2), map1, fn {k, v2}, acc ->
      case acc do
        %{^k => v1} -> :maps.put(k, fun.(k, v1, v2), acc)
        %{} -> :maps.put(k, v2, acc)
      end
    end)
  end

  def intersect_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    pairs =
      for {k, v1} <- :maps.to_list(map1), :maps.is_key(k, map2) do
        {k, fun.(k, v1, :maps.get(k, map2))}
      end

    :maps.from_list(pairs)
  end

  defp not_a_fun(arity) do
    words = %{1 => "one argument", 2 => "two arguments", 3 => "three arguments"}

    raise ArgumentError,
      message: "errors were found at the given arguments:\n\n  * 1st argument: not a fun that takes #{words[arity]}\n"
  end
end
