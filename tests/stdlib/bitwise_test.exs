defmodule BitwiseTest do
  use ExUnit.Case, async: true

  import Bitwise

  describe "band/2, bor/2, bxor/2, bnot/1, bsl/2, bsr/2 and the operators" do
    test "cases" do
      assert Bitwise.band(12, 10) == 8
      assert Bitwise.bor(12, 10) == 14
      assert Bitwise.bxor(12, 10) == 6
      assert Bitwise.bnot(12) == -13
      assert Bitwise.bnot(-1) == 0
      assert Bitwise.bsl(1, 10) == 1024
      assert Bitwise.bsl(1, -1) == 0
      assert Bitwise.bsr(1024, 3) == 128
      assert Bitwise.bsr(-16, 2) == -4
      assert Bitwise.bsr(1, -3) == 8
      assert Bitwise.band(-1, 0xFF) == 255
      assert Bitwise.bsl(1, 100) == 1_267_650_600_228_229_401_496_703_205_376
      assert Bitwise.band(1 <<< 100 ||| 1, 3) == 1
      assert (12 &&& 10) == 8
      assert (12 ||| 10) == 14
      assert 1 <<< 4 == 16
      assert 256 >>> 4 == 16
      assert ~~~5 == -6

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Bitwise.band(1.0, 1)
      end

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Bitwise.bsl(:a, 1)
      end

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Bitwise.bnot("x")
      end
    end
  end

  describe "called as functions: apply/3 and captures" do
    test "cases" do
      assert Enum.reduce([1, 2, 4], &Bitwise.bxor/2) == 7
      assert apply(Bitwise, :band, [6, 3]) == 2
      assert apply(Bitwise, :bnot, [0]) == -1

      assert (
               f = &Bitwise.bsl/2
               f.(1, 4)
             ) == 16

      assert Enum.map([8, 16], &Bitwise.bsr(&1, 2)) == [2, 4]
      assert apply(Bitwise, :&&&, [6, 3]) == 2

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        apply(Bitwise, :band, [1.0, 1])
      end

      assert function_exported?(Bitwise, :band, 2)
    end
  end
end
