#!/usr/bin/env bash
# Writes a synthetic Elixir file of about N lines (default 20,000) to stdout: modules with
# functions, guards, pipes, maps, structs, strings with interpolation, heredocs, sigils,
# comprehensions and case/with/try blocks, each module numbered so no two are the same.
set -euo pipefail
lines="${1:-20000}"
i=0
while (( i * 50 < lines )); do
cat <<ELIXIR
defmodule Bench.Module$i do
  @moduledoc """
  Module number $i, generated for the parser benchmark.
  """
  alias Bench.Module$i.{Item, Store}
  defstruct id: $i, name: "module $i", tags: [], meta: %{}

  @spec run(list(integer), keyword) :: {:ok, integer} | {:error, term}
  def run(items, opts \\\\ []) when is_list(items) do
    limit = Keyword.get(opts, :limit, 10)
    items
    |> Enum.filter(&(&1 > $i))
    |> Enum.map(fn x -> x * 2 + limit end)
    |> Enum.take(limit)
    |> Enum.sum()
    |> then(&{:ok, &1})
  end

  def describe(%__MODULE__{id: id, name: name} = struct) do
    case Map.get(struct.meta, :kind) do
      nil -> "#{name} (#{id})"
      {:special, level} when level > 3 -> "special #{name}: #{level * 1.5}"
      other -> inspect(other, limit: :infinity)
    end
  end

  def fetch(store, key) do
    with {:ok, value} <- Map.fetch(store, key),
         true <- is_binary(value) or {:error, :not_binary},
         [_ | _] = parts <- String.split(value, ~r/[,;]\s*/, trim: true) do
      for part <- parts, part != "", into: %{}, do: {String.to_atom(part), byte_size(part)}
    else
      :error -> {:error, {:missing, key}}
      {:error, _reason} = error -> error
    end
  end

  defp safe(fun) do
    try do
      fun.()
    rescue
      e in [ArgumentError, KeyError] -> {:error, Exception.message(e)}
    catch
      :exit, reason -> {:exit, reason}
    after
      :ok
    end
  end

  def bits(<<version::8, size::16-big, rest::binary>>), do: {version, size, rest}
  def words, do: ~w(alpha beta gamma delta)a ++ [0x1F, 0b1010, 1_000_000, ?a, 3.14e-2]
end

ELIXIR
i=$((i + 1))
done
