defmodule MapSetTest do
  use ExUnit.Case, async: true

  describe "MapSet" do
    test "new/0,1,2, put/2, delete/2, member?/2, size/1, to_list/1" do
      s = MapSet.new([3, 1, 2, 1])
      assert MapSet.size(s) == 3
      assert MapSet.to_list(s) == [1, 2, 3]
      assert MapSet.new() == MapSet.new([])
      assert MapSet.new([1, 2], &(&1 * 10)) == MapSet.new([10, 20])
      assert MapSet.member?(s, 2)
      refute MapSet.member?(s, 2.0)
      assert MapSet.put(s, 4) |> MapSet.size() == 4
      assert MapSet.put(s, 1) == s
      assert MapSet.delete(s, 1) == MapSet.new([2, 3])
      assert MapSet.delete(s, 9) == s
      assert inspect(MapSet.new([:a])) == "MapSet.new([:a])"
      assert inspect(MapSet.new()) == "MapSet.new([])"
    end

    test "union/2, intersection/2, difference/2, symmetric_difference/2, disjoint?/2, subset?/2, equal?/2" do
      a = MapSet.new([1, 2, 3])
      b = MapSet.new([2, 3, 4])
      assert MapSet.union(a, b) == MapSet.new(1..4)
      assert MapSet.intersection(a, b) == MapSet.new([2, 3])
      assert MapSet.difference(a, b) == MapSet.new([1])
      assert MapSet.symmetric_difference(a, b) == MapSet.new([1, 4])
      refute MapSet.disjoint?(a, b)
      assert MapSet.disjoint?(a, MapSet.new([9]))
      assert MapSet.subset?(MapSet.new([1]), a)
      refute MapSet.subset?(a, b)
      assert MapSet.subset?(MapSet.new(), MapSet.new())
      assert MapSet.equal?(a, MapSet.new([3, 2, 1]))
    end

    test "filter/2, reject/2, split_with/2, map via Enum" do
      s = MapSet.new(1..6)
      assert MapSet.filter(s, &(rem(&1, 2) == 0)) == MapSet.new([2, 4, 6])
      assert MapSet.reject(s, &(rem(&1, 2) == 0)) == MapSet.new([1, 3, 5])
      assert Enum.map(MapSet.new([1, 2]), &(&1 * 2)) == [2, 4]
      assert Enum.into([1, 1, 2], MapSet.new()) == MapSet.new([1, 2])
      assert Enum.count(s) == 6
      assert 3 in s
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert MapSet.new([1, 1.0]) |> MapSet.size() == 2
      assert MapSet.new(1..3) |> MapSet.to_list() == [1, 2, 3]
      assert MapSet.new(%{a: 1}) |> MapSet.to_list() == [a: 1]
      assert MapSet.union(MapSet.new(), MapSet.new()) == MapSet.new([])
      assert MapSet.difference(MapSet.new([1]), MapSet.new()) == MapSet.new([1])
      assert MapSet.intersection(MapSet.new([1, 2]), MapSet.new([3])) == MapSet.new([])
      assert MapSet.member?(MapSet.new([[1]]), [1])
      assert MapSet.equal?(MapSet.new(), MapSet.new([]))
      assert MapSet.new([3, 2, 1]) == MapSet.new([1, 2, 3])

      assert_raise UndefinedFunctionError,
                   "function MapSet.split_with/2 is undefined or private",
                   fn -> MapSet.split_with(MapSet.new([1, 2, 3]), &(&1 > 1)) end

      assert MapSet.new([1]) |> MapSet.put(2) |> MapSet.delete(1) |> MapSet.to_list() == [2]

      assert_raise FunctionClauseError, "no function clause matching in MapSet.union/2", fn ->
        MapSet.union(MapSet.new([1]), [2])
      end

      assert_raise FunctionClauseError, "no function clause matching in MapSet.size/1", fn ->
        MapSet.size(%{})
      end

      assert inspect(MapSet.new(["b", "a"])) == "MapSet.new([\"a\", \"b\"])"
      assert inspect(MapSet.new([1, [2]])) == "MapSet.new([1, [2]])"
      assert Enum.sum(MapSet.new([1, 2, 3])) == 6
      assert Enum.sort(MapSet.new([3, 1]), :desc) == [3, 1]
    end
  end
end
