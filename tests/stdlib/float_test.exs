defmodule FloatTest do
  use ExUnit.Case, async: true

  describe "parse/1" do
    test "cases" do
      assert Float.parse("34") == {34.0, ""}
      assert Float.parse("34.25") == {34.25, ""}
      assert Float.parse("56.5xyz") == {56.5, "xyz"}
      assert Float.parse("-1.5e3") == {-1500.0, ""}
      assert Float.parse("1e2") == {100.0, ""}
      assert Float.parse("1.e2") == {1.0, ".e2"}
      assert Float.parse(".5") == :error
      assert Float.parse("pi") == :error
      assert Float.parse("+1.5") == {1.5, ""}
      assert Float.parse("1_000.0") == {1.0, "_000.0"}
      assert Float.parse("1.5E-3x") == {0.0015, "x"}
      assert Float.parse("") == :error
      assert Float.parse("-") == :error
      assert Float.parse("1e400") == :error
    end
  end

  describe "round/1,2" do
    test "cases" do
      assert Float.round(5.5675, 3) == 5.567
      assert Float.round(-5.5675, 3) == -5.567
      assert Float.round(5.5) == 6.0
      assert Float.round(-5.5) == -6.0
      assert Float.round(2.675, 2) == 2.67
      assert Float.round(1.005, 2) == 1.0
      assert Float.round(12.34, 0) == 12.0
      assert Float.round(0.1 + 0.2, 15) == 0.3
      assert Float.round(-0.4) == 0.0
      assert Float.round(123.456, 15) == 123.456
      assert Float.round(1.0e300, 2) == 1.0e300
      assert Float.round(0.5) == 1.0
      assert Float.round(1.5) == 2.0
      assert Float.round(2.5) == 3.0

      assert_raise ArgumentError, "precision 16 is out of valid range of 0..15", fn ->
        Float.round(1.5, 16)
      end

      assert_raise FunctionClauseError, "no function clause matching in Float.round/2", fn ->
        Float.round(1, 2)
      end

      assert Float.round(-0.0) == 0.0
    end
  end

  describe "ceil/1,2" do
    test "cases" do
      assert Float.ceil(34.25) == 35.0
      assert Float.ceil(-34.25) == -34.0
      assert Float.ceil(34.251, 2) == 34.26
      assert Float.ceil(-56.5, 1) == -56.5
      assert Float.ceil(12.0) == 12.0
      assert Float.ceil(0.1, 1) == 0.2
      assert Float.ceil(-0.1) == -0.0
      assert Float.ceil(1.1, 15) == 1.100000000000001

      assert_raise ArgumentError, "precision 16 is out of valid range of 0..15", fn ->
        Float.ceil(1.5, 16)
      end
    end
  end

  describe "floor/1,2" do
    test "cases" do
      assert Float.floor(34.25) == 34.0
      assert Float.floor(-34.25) == -35.0
      assert Float.floor(12.52, 2) == 12.51
      assert Float.floor(-0.01, 1) == -0.1
      assert Float.floor(0.3, 1) == 0.2
      assert Float.floor(-0.5) == -1.0

      assert_raise FunctionClauseError, "no function clause matching in Float.floor/2", fn ->
        Float.floor(5, 1)
      end
    end
  end

  describe "to_string/1, to_charlist/1" do
    test "cases" do
      assert Float.to_string(7.0) == "7.0"
      assert Float.to_string(0.1) == "0.1"
      assert Float.to_string(1.0e20) == "1.0e20"
      assert Float.to_string(1.0e-5) == "1.0e-5"
      assert Float.to_string(123_456_789.0) == "123456789.0"
      assert Float.to_string(-0.0) == "-0.0"
      assert Float.to_string(1.0e16) == "1.0e16"
      assert Float.to_string(1.0e15) == "1.0e15"
      assert Float.to_string(0.001) == "0.001"
      assert Float.to_string(0.0001) == "0.0001"
      assert Float.to_string(1.7976931348623157e308) == "1.7976931348623157e308"
      assert Float.to_string(5.0e-324) == "5.0e-324"
      assert Float.to_string(2.0e-7) == "2.0e-7"
      assert Float.to_string(9_007_199_254_740_993.0) == "9.007199254740992e15"
      assert Float.to_charlist(1.5) == '1.5'

      assert_raise FunctionClauseError, "no function clause matching in Float.to_string/1", fn ->
        Float.to_string(1)
      end
    end
  end

  describe "ratio/1, pow/2, max_finite/0, min_finite/0" do
    test "cases" do
      assert Float.ratio(0.75) == {3, 4}
      assert Float.ratio(-2.0) == {-2, 1}
      assert Float.ratio(0.1) == {3_602_879_701_896_397, 36_028_797_018_963_968}
      assert Float.ratio(0.0) == {0, 1}
      assert Float.pow(2.0, 3) == 8.0
      assert Float.pow(4.0, 0.5) == 2.0

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Float.pow(-8.0, 1 / 3)
      end

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Float.pow(0.0, -1)
      end

      assert Float.pow(2.0, -2) == 0.25

      assert_raise FunctionClauseError, "no function clause matching in Float.pow/2", fn ->
        Float.pow(2, 2)
      end

      assert Float.max_finite() == 1.7976931348623157e308
      assert Float.min_finite() == -1.7976931348623157e308
    end
  end
end
