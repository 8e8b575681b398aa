defmodule Documented do
  @moduledoc """
  A documented module.

  ## Examples

      iex> Documented.hello()
      :world

  """

  @doc """
  Says hello.
  """
  def hello, do: :world

  @doc false
  def hidden, do: nil

  @typedoc """
  A type.
  """
  @type t :: atom
end
