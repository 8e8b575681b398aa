defmodule Process do
  @moduledoc """
  Functions on processes. So far only the process dictionary, a per-process
  key-value store (`put/2`, `get/1,2`, `delete/1`, `get_keys/0,1`).
  """

  @doc "Stores `value` under `key`; returns the previous value or `nil`."
  @spec put(term, term) :: term | nil
  def put(key, value), do: nilify(:erlang.put(key, value))

  @doc "Returns the value stored under `key`, or `default`."
  @spec get(term, default :: term) :: term
  def get(key, default \\ nil) do
    if :lists.member(key, :erlang.get_keys()), do: :erlang.get(key), else: default
  end

  @doc "Returns every `{key, value}` in the dictionary."
  @spec get() :: [{term, term}]
  def get, do: :erlang.get()

  @doc "Returns every key in the dictionary."
  @spec get_keys() :: [term]
  def get_keys, do: :erlang.get_keys()

  @doc "Returns the keys whose value is `value`."
  @spec get_keys(term) :: [term]
  def get_keys(value), do: :erlang.get_keys(value)

  @doc "Removes `key`; returns its value or `nil`."
  @spec delete(term) :: term | nil
  def delete(key), do: nilify(:erlang.erase(key))

  defp nilify(:undefined), do: nil
  defp nilify(value), do: value
end
