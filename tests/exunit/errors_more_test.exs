# Errors raised in tests, through Elixir's own functions: the frames shown.
defmodule ErrorsMoreTest do
  use ExUnit.Case

  defmodule Shape do
    defstruct [:sides]
  end

  test "undefined function of a stdlib module" do
    mod = String
    mod.nope(1)
  end

  test "no Enumerable for an atom" do
    Enum.map(:atom, & &1)
  end

  test "no Enumerable for a struct" do
    Enum.count(%Shape{sides: 3})
  end

  test "case clause" do
    case Enum.count([1]) do
      2 -> :ok
    end
  end

  test "match" do
    {:ok, _} = Map.fetch(%{}, :a)
  end

  test "key error" do
    Keyword.fetch!([a: 1], :b)
  end

  test "function clause in a stdlib function" do
    String.duplicate(:x, 2)
  end

  test "raise in a fun given to Enum.reduce" do
    Enum.reduce([1, 2], 0, fn x, acc -> if x == 2, do: raise("two"), else: acc + x end)
  end

  test "raise in a fun given to Enum.each over a range" do
    Enum.each(1..3, fn x -> if x == 3, do: raise(ArgumentError, "three") end)
  end

  test "raise in a for comprehension" do
    for x <- [1, 2], do: 10 / (x - 2)
  end

  test "throw through Enum.map" do
    Enum.map([1], fn x -> throw({:thrown, x}) end)
  end
end
