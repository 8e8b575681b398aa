defmodule RangeTest do
  use ExUnit.Case, async: true

  describe "new/2,3, size/1, disjoint?/2" do
    test "ranges" do
      assert Range.new(1, 3) == 1..3
      assert Range.new(1, 10, 2) == 1..10//2
      assert Range.size(1..10) == 10
      assert Range.size(1..10//3) == 4
      assert Range.size(10..1) == 10
      assert Range.size(1..0//1) == 0
      assert Range.size(10..1//2) == 0
      assert Range.disjoint?(1..5, 6..9)
      refute Range.disjoint?(5..1, 6..2)
      assert Range.disjoint?(1..6//2, 2..6//2)
      refute Range.disjoint?(1..9//2, 2..8//3)
      assert Enum.to_list(10..1//-3) == [10, 7, 4, 1]
      assert Enum.to_list(1..1) == [1]
      assert Enum.to_list(1..5//-1) == []
      assert 5 in 1..10//2
      refute 4 in 1..10//2
      assert Enum.sum(-3..3) == 0
      assert first..last = 3..9
      assert {first, last} == {3, 9}
      assert inspect(1..3//2) == "1..3//2"
      assert inspect(1..3) == "1..3"
    end

    test "bad step" do
      assert_raise ArgumentError,
                   "ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: 1..2//0",
                   fn ->
                     Range.new(1, 2, 0)
                   end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Range.range?(1..2)
      refute Range.range?(%{})

      assert_raise ArgumentError,
                   "ranges (first..last) expect both sides to be integers, got: 1..2.0",
                   fn -> Range.new(1, 2.0) end

      assert Range.new(1, 5, -1) |> Enum.to_list() == []
      assert Range.size(5..1//-2) == 3
      assert Range.size(1..1//5) == 1
      assert Range.disjoint?(1..0//1, 1..5)
      refute Range.disjoint?(-5..-1, -1..3)
      assert Enum.to_list(1..0) == [1, 0]
      assert Enum.to_list(-1..-3) == [-1, -2, -3]
      assert Enum.count(1..10//4) == 3
      assert Enum.member?(1..10//3, 7)
      refute Enum.member?(1..10//3, 8)
      assert Enum.member?(10..1//-3, 4)
      assert Enum.slice(1..10, 2..4) == [3, 4, 5]
      assert Enum.reverse(1..10//3) == [10, 7, 4, 1]
      assert Enum.at(1..10//2, 2) == 5
      assert Enum.at(10..1, -1) == 1
      assert Enum.sum(1..10//2) == 25
      assert Enum.min(5..1) == 1
      assert Enum.max(1..10//4) == 9
      assert Enum.take(1..1_000_000_000, 2) == [1, 2]
      assert Enum.map(1..3//2, & &1) == [1, 3]
      assert inspect(1..10//1) == "1..10"
      assert inspect(10..1//-1) == "10..1//-1"
      assert inspect(1..0//-1) == "1..0//-1"
      assert (1..10//2).step == 2
      assert (5..1).step == -1
      assert (first..last//step = 1..9//4) == 1..9//4
      assert x = 5
      x in 1..10
      refute 1.0 in 1..2
    end
  end
end
