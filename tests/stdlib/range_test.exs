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
end
