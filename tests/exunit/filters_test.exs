# include: and exclude: given as lists with repeats and tags on both sides.
ExUnit.configure(include: [:slow, :slow], exclude: [:slow, :pending, :pending, type: :x])
defmodule FiltersTest do
  use ExUnit.Case
  @tag :slow
  test "a", do: assert 1 == 1
  @tag :pending
  test "b", do: assert 1 == 1
  @tag type: :x
  test "c", do: assert 1 == 1
end
