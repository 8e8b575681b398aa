defprotocol Collectable do
  @moduledoc """
  The protocol behind `Enum.into/2` and the `:into` option of `for`.

  `into/1` returns a starting accumulator and a collector function. The
  collector is called with `{:cont, element}` for each element, then with
  `:done` to produce the final value, or with `:halt` when collecting stops
  because of an error.
  """

  @type command :: {:cont, term()} | :done | :halt

  @doc """
  Returns `{initial_acc, collector}` for collecting into `collectable`.
  """
  @spec into(t) :: {initial_acc :: term, collector :: (term, command -> t | term)}
  def into(collectable)
end

defimpl Collectable, for: List do
  def into([]) do
    {[], &collect_fresh/2}
  end

  def into(original) do
    collector = fn
      acc, {:cont, element} -> [element | acc]
      acc, :done -> original ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end

    {[], collector}
  end

  defp collect_fresh(acc, {:cont, element}), do: [element | acc]
  defp collect_fresh(acc, :done), do: :lists.reverse(acc)
  defp collect_fresh(_acc, :halt), do: :ok
end

defimpl Collectable, for: BitString do
  def into(binary) when is_binary(binary) do
    collector = fn
      acc, {:cont, part} when is_binary(part) -> [acc | part]
      acc, :done -> :erlang.iolist_to_binary(acc)
      _acc, :halt -> :ok
    end

    {[binary], collector}
  end

  def into(bitstring) do
    collector = fn
      acc, {:cont, part} when is_bitstring(part) -> <<acc::bitstring, part::bitstring>>
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {bitstring, collector}
  end
end

defimpl Collectable, for: Map do
  def into(map) do
    collector = fn
      acc, {:cont, {key, value}} -> :maps.put(key, value, acc)
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {map, collector}
  end
end
