defmodule AccessTest do
  use ExUnit.Case, async: true

  describe "fetch/2, fetch!/2, get/2,3, get_and_update/3, pop/2, the [] syntax" do
    test "cases" do
      assert Access.fetch(%{a: 1}, :a) == {:ok, 1}
      assert Access.fetch([a: 1], :b) == :error
      assert Access.fetch(nil, :a) == :error
      assert Access.fetch!(%{a: 1}, :a) == 1
      assert_raise KeyError, "key :b not found in: %{a: 1}", fn -> Access.fetch!(%{a: 1}, :b) end
      assert Access.get(%{a: 1}, :a) == 1
      assert Access.get([a: 1], :b, 0) == 0
      assert Access.get(nil, :a) == nil
      assert Access.get(%{"a" => 1}, "a") == 1

      assert_raise FunctionClauseError, "no function clause matching in Access.get/3", fn ->
        Access.get({1}, 0)
      end

      assert_raise FunctionClauseError, "no function clause matching in Access.get/3", fn ->
        Access.get("str", 0)
      end

      assert_raise ArgumentError,
                   "the Access calls for keywords expect the key to be an atom, got: 0",
                   fn -> Access.get([1, 2], 0) end

      assert Access.get_and_update(%{a: 1}, :a, &{&1, &1 + 1}) == {1, %{a: 2}}
      assert Access.get_and_update([a: 1], :a, fn _ -> :pop end) == {1, []}
      assert Access.pop(%{a: 1}, :a) == {1, %{}}
      assert Access.pop([a: 1, a: 2], :a) == {1, []}

      assert_raise ArgumentError, "could not pop key :a on a nil value", fn ->
        Access.pop(nil, :a)
      end

      assert %{a: %{b: 1}}[:a][:b] == 1
      assert [a: [b: 2]][:a][:b] == 2
      assert nil[:a] == nil
      assert %{a: 1}[:z] == nil
    end
  end

  describe "key/1,2, key!/1, elem/1, at/1, at!/1, all/0, filter/1, slice/1, find" do
    test "cases" do
      assert get_in(%{a: %{b: 1}}, [:a, :b]) == 1
      assert get_in(%{a: nil}, [:a, :b]) == nil
      assert get_in(%{a: 1}, [Access.key(:b, 0)]) == 0
      assert get_in(%{a: 1}, [Access.key!(:a)]) == 1

      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        get_in(%{a: 1}, [Access.key!(:b)])
      end

      assert get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]) == 2
      assert get_in([1, 2, 3], [Access.at(1)]) == 2
      assert get_in([1, 2, 3], [Access.at(-1)]) == 3
      assert get_in([1, 2, 3], [Access.at(5)]) == nil

      assert_raise Enum.OutOfBoundsError, "out of bounds error", fn ->
        get_in([1, 2, 3], [Access.at!(5)])
      end

      assert get_in([%{a: 1}, %{a: 2}], [Access.all(), :a]) == [1, 2]
      assert get_in([1, 2, 3, 4], [Access.filter(&(&1 > 2))]) == [3, 4]
      assert get_in([1, 2, 3, 4], [Access.slice(1..2)]) == [2, 3]
      assert put_in(%{a: %{b: 1}}, [:a, :b], 2) == %{a: %{b: 2}}
      assert put_in([a: 1], [:a], 3) == [a: 3]
      assert put_in(%{a: 1}, [Access.key(:c, %{}), :d], 5) == %{a: 1, c: %{d: 5}}
      assert put_in({1, 2}, [Access.elem(0)], :x) == {:x, 2}
      assert put_in([1, 2, 3], [Access.at(-1)], :x) == [1, 2, :x]
      assert put_in([1, 2, 3], [Access.all()], 0) == [0, 0, 0]
      assert update_in(%{a: [1, 2]}, [:a, Access.all()], &(&1 * 10)) == %{a: [10, 20]}

      assert update_in([%{n: 1}, %{n: 5}], [Access.filter(&(&1.n > 2)), :n], &(&1 + 1)) == [
               %{n: 1},
               %{n: 6}
             ]

      assert update_in([1, 2, 3, 4], [Access.slice(0..1)], &(&1 * 100)) == [100, 200, 3, 4]
      assert get_and_update_in(%{a: 1}, [:a], &{&1, &1 + 1}) == {1, %{a: 2}}
      assert get_and_update_in([1, 2], [Access.at(0)], &{&1, :x}) == {1, [:x, 2]}
      assert pop_in(%{a: %{b: 1, c: 2}}, [:a, :b]) == {1, %{a: %{c: 2}}}
      assert pop_in([a: 1, b: 2], [:a]) == {1, [b: 2]}
      assert pop_in(%{a: 1}, [:x, :y]) == {nil, %{a: 1}}
      assert pop_in([1, 2, 3], [Access.at(1)]) == {2, [1, 3]}
      assert pop_in([1, 2, 3], [Access.all()]) == {[1, 2, 3], []}
      assert pop_in([1, 2, 3, 4], [Access.filter(&(&1 > 2))]) == {[3, 4], [1, 2]}

      assert_raise FunctionClauseError,
                   "no function clause matching in Access.get_and_update/3",
                   fn -> put_in(%{a: 1}, [:a, :b], 1) end

      assert_raise RuntimeError, "Access.elem/1 expected a tuple, got: %{a: 1}", fn ->
        get_in(%{a: 1}, [Access.elem(0)])
      end

      assert_raise BadMapError, "expected a map, got: [1]", fn ->
        get_in([1], [Access.key(:a)])
      end

      assert_raise ArgumentError, "could not put/update key :b on a nil value", fn ->
        put_in(%{}, [:a, :b], 1)
      end

      assert Access.at(-1) |> is_function()

      assert_raise FunctionClauseError, "no function clause matching in Kernel.get_in/2", fn ->
        get_in(%{a: 1}, [])
      end
    end
  end
end
