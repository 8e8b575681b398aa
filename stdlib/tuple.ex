defmodule Tuple do
  @moduledoc """
  Functions for tuples.

  Tuples are fixed-size containers stored contiguously: reading an element
  by index is fast, and every change builds a new tuple. Indexes are
  zero-based.
  """

  @doc "Returns a tuple of `size` elements, each `data`."
  @spec duplicate(term, non_neg_integer) :: tuple
  def duplicate(data, size), do: :erlang.make_tuple(size, data)

  @doc "Inserts `value` at `index`; raises `ArgumentError` when `index` is out of range."
  @spec insert_at(tuple, non_neg_integer, term) :: tuple
  def insert_at(tuple, index, value), do: :erlang.insert_element(index + 1, tuple, value)

  @doc "Adds `value` at the end of the tuple."
  @spec append(tuple, term) :: tuple
  def append(tuple, value), do: :erlang.append_element(tuple, value)

  @doc "Removes the element at `index`; raises `ArgumentError` when `index` is out of range."
  @spec delete_at(tuple, non_neg_integer) :: tuple
  def delete_at(tuple, index), do: :erlang.delete_element(index + 1, tuple)

  @doc "Returns the sum of the elements."
  @spec sum(tuple) :: number()
  def sum(tuple), do: add_from(tuple, 1, tuple_size(tuple), 0)

  # Adds from the first element up, so floats round as Elixir's sum does.
  defp add_from(_tuple, index, size, acc) when index > size, do: acc
  defp add_from(tuple, index, size, acc), do: add_from(tuple, index + 1, size, :erlang.element(index, tuple) + acc)

  @doc "Returns the product of the elements."
  @spec product(tuple) :: number()
  def product(tuple), do: multiply_from(tuple, 1, tuple_size(tuple), 1)

  defp multiply_from(_tuple, index, size, acc) when index > size, do: acc

  defp multiply_from(tuple, index, size, acc),
    do: multiply_from(tuple, index + 1, size, :erlang.element(index, tuple) * acc)

  @doc "Returns the elements as a list."
  @spec to_list(tuple) :: list
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)
end
