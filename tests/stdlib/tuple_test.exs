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
end
