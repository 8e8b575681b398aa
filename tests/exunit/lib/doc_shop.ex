defmodule DocShop do
  @moduledoc """
  A small shop.

      iex> cart = DocShop.new()
      iex> cart = DocShop.add(cart, :apple, 2)
      iex> DocShop.count(cart)
      2

  Totals:

      iex> DocShop.new() |> DocShop.add(:pear, 1) |> DocShop.total()
      3
  """

  @doc """
  A new cart.

      iex> DocShop.new()
      %{}
  """
  def new, do: %{}

  @doc """
  Adds items.

      iex> DocShop.add(%{}, :apple, 1)
      %{apple: 1}

      iex> DocShop.add(%{}, :apple, -1)
      ** (ArgumentError) quantity must be positive

      iex> DocShop.add(%{}, :apple, 0)
      ** (ArgumentError) wrong message

      iex> DocShop.add(%{}, :apple, 5)
      ** (ArgumentError) never raised
  """
  def add(cart, item, qty) when qty > 0, do: Map.update(cart, item, qty, &(&1 + qty))
  def add(_cart, _item, _qty), do: raise(ArgumentError, "quantity must be positive")

  @doc """
      iex> DocShop.count(%{a: 1, b: 2})
      3

      iex> DocShop.count(%{})
      0
  """
  def count(cart), do: cart |> Map.values() |> Enum.sum()

  @doc """
      iex> DocShop.total(%{pear: 1})
      3
      iex> DocShop.total(%{pear: 2})
      7
  """
  def total(cart), do: Enum.reduce(cart, 0, fn {_, n}, acc -> acc + 3 * n end)

  @doc """
      iex> MapSet.new([1, 2])
      MapSet.new([1, 2])

      iex> DocShop.multi(
      ...>   1,
      ...>   2)
      "1-2"
      iex> x = 5
      iex> x + 1
      6
  """
  def multi(a, b), do: "#{a}-#{b}"

  @doc false
  def hidden, do: :ok

  @doc """
  Only run when asked for.

      iex> DocShop.twice(2)
      4
  """
  def twice(x), do: x * 2

  @doc """
  Raises unexpectedly.

      iex> DocShop.boom()
      :ok
  """
  def boom, do: raise("boom")
end
