defmodule TupleTest do
  use ExUnit.Case, async: true

  describe "append/2, delete_at/2, insert_at/3, duplicate/2, to_list/1, product/1, sum/1" do
    test "tuples" do
      assert Tuple.append({1, 2}, 3) == {1, 2, 3}
      assert Tuple.append({}, :a) == {:a}
      assert Tuple.delete_at({:a, :b, :c}, 0) == {:b, :c}
      assert Tuple.insert_at({:a, :c}, 1, :b) == {:a, :b, :c}
      assert Tuple.insert_at({}, 0, :a) == {:a}
      assert Tuple.duplicate(:x, 3) == {:x, :x, :x}
      assert Tuple.duplicate(:x, 0) == {}
      assert Tuple.to_list({1, {2}}) == [1, {2}]
      assert Tuple.product({2, 3}) == 6
      assert Tuple.product({}) == 1
      assert Tuple.sum({1, 2.5}) == 3.5
      assert Tuple.sum({}) == 0
    end

    test "out of range" do
      assert_raise ArgumentError, fn -> Tuple.delete_at({:a}, 1) end
      assert_raise ArgumentError, fn -> Tuple.insert_at({:a}, 3, :b) end
      assert_raise ArgumentError, fn -> Tuple.delete_at({:a}, -1) end
    end

    test "elem/2 and put_elem/3 (Kernel)" do
      assert elem({:a, :b}, 1) == :b
      assert put_elem({:a, :b}, 0, :z) == {:z, :b}
      assert tuple_size({1, 2, 3}) == 3
      assert_raise ArgumentError, fn -> elem({:a}, 1) end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Tuple.to_list({}) == []
      assert Tuple.append({1}, {2}) == {1, {2}}
      assert Tuple.insert_at({1, 2}, 2, :x) == {1, 2, :x}

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> Tuple.insert_at({1, 2}, -1, :x) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> Tuple.delete_at({1, 2}, 2) end

      assert Tuple.duplicate(nil, 2) == {nil, nil}

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> Tuple.duplicate(1, -1) end

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Tuple.sum({1, :a})
      end

      assert Tuple.product({2, 2.0}) == 4.0

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a tuple\n",
                   fn -> Tuple.to_list([1]) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a tuple\n",
                   fn -> Tuple.append([], 1) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> elem({}, 0) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> put_elem({}, 0, 1) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a tuple\n",
                   fn -> tuple_size([]) end

      assert {1, 2} == {1, 2.0}
      assert {1, 2} < {1, 3}
      assert {2} < {1, 1}
      assert inspect({}) == "{}"
      assert inspect({:ok, {1, [2]}}) == "{:ok, {1, [2]}}"
    end
  end
end
