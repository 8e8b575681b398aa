defmodule IntegerTest do
  use ExUnit.Case, async: true
  require Integer

  describe "is_even/1, is_odd/1 (guards), digits/1,2, undigits/1,2" do
    test "digits" do
      assert Integer.is_even(0)
      assert Integer.is_odd(-3)
      refute Integer.is_even(-3)
      assert Integer.digits(123) == [1, 2, 3]
      assert Integer.digits(0) == [0]
      assert Integer.digits(-123) == [-1, -2, -3]
      assert Integer.digits(170, 2) == [1, 0, 1, 0, 1, 0, 1, 0]
      assert Integer.digits(255, 16) == [15, 15]
      assert Integer.undigits([1, 2, 3]) == 123
      assert Integer.undigits([]) == 0
      assert Integer.undigits([1, 0, 1], 2) == 5
      assert Integer.undigits([-1, -2]) == -12
    end

    test "digit errors" do
      assert_raise ArgumentError, "invalid digit 2 in base 2", fn -> Integer.undigits([2], 2) end
      assert_raise FunctionClauseError, fn -> Integer.digits(10, 1) end
    end
  end

  describe "parse/1,2, to_string/1,2, to_charlist/1,2" do
    test "parse" do
      assert Integer.parse("34") == {34, ""}
      assert Integer.parse("34.5") == {34, ".5"}
      assert Integer.parse("-3x") == {-3, "x"}
      assert Integer.parse("+7") == {7, ""}
      assert Integer.parse("x") == :error
      assert Integer.parse("") == :error
      assert Integer.parse(" 1") == :error
      assert Integer.parse("ff", 16) == {255, ""}
      assert Integer.parse("FFg", 16) == {255, "g"}
      assert Integer.parse("z", 36) == {35, ""}
      assert Integer.parse("12", 2) == {1, "2"}
    end

    test "parse with a bad base" do
      assert_raise ArgumentError, "invalid base 37", fn -> Integer.parse("1", 37) end
    end

    test "to_string, to_charlist" do
      assert Integer.to_string(123) == "123"
      assert Integer.to_string(-123) == "-123"
      assert Integer.to_string(255, 16) == "FF"
      assert Integer.to_string(-255, 2) == "-11111111"
      assert Integer.to_string(35, 36) == "Z"
      assert Integer.to_charlist(12) == '12'
      assert Integer.to_charlist(255, 16) == 'FF'
      assert Integer.to_string(12_345_678_901_234_567_890) == "12345678901234567890"
    end
  end

  describe "pow/2, mod/2, floor_div/2, gcd/2, extended_gcd/2" do
    test "arithmetic" do
      assert Integer.pow(2, 10) == 1024
      assert Integer.pow(-2, 3) == -8
      assert Integer.pow(5, 0) == 1
      assert Integer.pow(2, 100) == 1_267_650_600_228_229_401_496_703_205_376
      assert Integer.mod(5, 3) == 2
      assert Integer.mod(-5, 3) == 1
      assert Integer.mod(5, -3) == -1
      assert Integer.mod(-6, 3) == 0
      assert Integer.floor_div(7, 2) == 3
      assert Integer.floor_div(-7, 2) == -4
      assert Integer.floor_div(7, -2) == -4
      assert Integer.gcd(12, 18) == 6
      assert Integer.gcd(0, 0) == 0
      assert Integer.gcd(-12, 18) == 6
      assert Integer.extended_gcd(240, 46) == {2, -9, 47}
      assert Integer.extended_gcd(0, 0) == {0, 0, 0}
    end

    test "errors" do
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Integer.mod(1, 0)
      end

      assert_raise ArithmeticError, fn -> Integer.floor_div(1, 0) end
      assert_raise ArithmeticError, fn -> Integer.pow(2, -1) end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Integer.to_string(0, 2) == "0"

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n",
                   fn -> Integer.to_string(10, 1) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n",
                   fn -> Integer.to_string(10, 37) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an integer\n",
                   fn -> Integer.to_string(1.0) end

      assert Integer.parse("0x1A") == {0, "x1A"}
      assert Integer.parse("1_000") == {1, "_000"}
      assert Integer.parse("-") == :error
      assert Integer.parse("- 1") == :error

      assert Integer.parse("123456789012345678901234567890abc") ==
               {123_456_789_012_345_678_901_234_567_890, "abc"}

      assert Integer.parse(" 12") == :error
      assert_raise ArgumentError, "invalid base 1", fn -> Integer.parse("10", 1) end
      assert Integer.parse("٣") == :error
      assert Integer.digits(10, 10) == [1, 0]

      assert_raise FunctionClauseError, "no function clause matching in Integer.digits/2", fn ->
        Integer.digits(1.0)
      end

      assert_raise ArgumentError, "invalid digit 10 in base 10", fn ->
        Integer.undigits([1, 10], 10)
      end

      assert Integer.undigits([15, 15], 16) == 255
      assert Integer.pow(0, 0) == 1
      assert Integer.pow(-3, 3) == -27

      assert_raise FunctionClauseError, "no function clause matching in Integer.pow/2", fn ->
        Integer.pow(2.0, 2)
      end

      assert Integer.gcd(7, 0) == 7

      assert_raise FunctionClauseError, "no function clause matching in Integer.gcd/2", fn ->
        Integer.gcd(1.0, 2)
      end

      assert Integer.mod(0, 5) == 0
      assert Integer.mod(-1, -5) == -1
      assert Integer.floor_div(-1, 3) == -1
      assert Integer.floor_div(0, -3) == 0
      assert Integer.extended_gcd(10, 0) == {10, 1, 0}
      assert Integer.extended_gcd(-4, 6) == {2, 1, 1}
      assert Integer.to_charlist(-5, 3) == '-12'
    end
  end
end
