defmodule KernelTest do
  use ExUnit.Case, async: true

  describe "abs/1, div/2, rem/2, max/2, min/2, round/1, trunc/1, ceil/1, floor/1" do
    test "cases" do
      assert abs(-3) == 3
      assert abs(-3.5) == 3.5

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a number\n",
                   fn -> abs(:a) end

      assert div(7, 2) == 3
      assert div(-7, 2) == -3
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn -> div(7, 0) end
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn -> div(7.0, 2) end
      assert rem(-7, 2) == -1
      assert rem(7, -2) == 1
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn -> rem(1, 0) end
      assert max(1, 2.0) == 2.0
      assert max(1, 1.0) == 1
      assert min(:a, 1) == 1
      assert min("a", "b") == "a"
      assert round(2.5) == 3
      assert round(-2.5) == -3
      assert round(3) == 3
      assert trunc(-2.7) == -2
      assert ceil(1.2) == 2
      assert floor(-1.2) == -2
      assert ceil(-0.5) == 0
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn -> 1 / 0 end
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn -> 1 + :a end
      assert 10 / 4 == 2.5
      assert 2 ** 10 == 1024
      assert 2 ** -1 == 0.5
      assert 2.0 ** 2 == 4.0
    end
  end

  describe "binary_part/3, bit_size/1, byte_size/1, hd/1, tl/1, length/1, map_size/1, tuple_size/1, elem/2, put_elem/3" do
    test "cases" do
      assert binary_part("hello", 1, 3) == "ell"
      assert binary_part("hello", 5, 0) == ""

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 3rd argument: out of range\n",
                   fn -> binary_part("hello", 4, 3) end

      assert binary_part("hello", 5, -2) == "lo"
      assert bit_size(<<1::3>>) == 3
      assert byte_size(<<1::3>>) == 1
      assert byte_size("héllo") == 6
      assert hd([1, 2]) == 1

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a nonempty list\n",
                   fn -> hd([]) end

      assert tl([1, 2]) == [2]
      assert tl([1]) == []

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a nonempty list\n",
                   fn -> tl([]) end

      assert length([1, 2, 3]) == 3

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a list\n",
                   fn -> length([1 | 2]) end

      assert map_size(%{a: 1}) == 1
      assert tuple_size({}) == 0
      assert elem({1, 2}, 1) == 2

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> elem({1, 2}, 2) end

      assert put_elem({1, 2}, 0, :a) == {:a, 2}

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> put_elem({1, 2}, 3, :a) end
    end
  end

  describe "type checks, to_string/1, inspect/2, is_*" do
    test "cases" do
      assert is_atom(nil)
      assert is_atom(Foo)
      refute is_binary(<<1::3>>)
      assert is_bitstring(<<1::3>>)
      refute is_boolean(nil)
      refute is_float(1)
      assert is_number(1.0)
      assert is_function(&Enum.map/2, 2)
      refute is_function(&Enum.map/2, 1)
      assert is_list([1 | 2])
      assert is_map(%{})
      assert is_map_key(%{a: 1}, :a)
      refute is_nil(false)
      assert is_tuple({})
      assert is_struct(~D[2000-01-01])
      assert is_struct(~D[2000-01-01], Date)
      refute is_struct(%{}, Date)
      assert is_exception(%RuntimeError{})
      refute is_exception(%RuntimeError{}, ArgumentError)
      assert to_string(:abc) == "abc"
      assert to_string(nil) == ""
      assert to_string('abc') == "abc"
      assert to_string(12) == "12"
      assert to_string([1, [2]]) == <<1, 2>>

      assert_raise Protocol.UndefinedError,
                   "protocol String.Chars not implemented for {1} of type Tuple",
                   fn -> to_string({1}) end

      assert to_charlist("é") == [233]
      assert to_charlist(:a) == 'a'
      assert inspect("a\nb") == "\"a\\nb\""
      assert inspect('abc') == "'abc'"
      assert inspect([1, 2], charlists: :as_lists) == "[1, 2]"
      assert inspect('abc', charlists: :as_lists) == "[97, 98, 99]"
      assert inspect(:"a b") == ":\"a b\""
      assert inspect(%{a: 1, b: "x"}) == "%{a: 1, b: \"x\"}"
      assert inspect({:ok, [1.0, nil]}) == "{:ok, [1.0, nil]}"
      assert inspect(1..10, limit: 3) == "1..10"
      assert inspect(Enum.to_list(1..30), limit: 5) == "[1, 2, 3, 4, 5, ...]"
      assert inspect("abcdef", printable_limit: 3) == "\"abc\" <> ..."
      assert inspect(255, base: :hex) == "0xFF"
      assert inspect(5, base: :binary) == "0b101"
      assert inspect(<<1, 2, 3>>) == "<<1, 2, 3>>"
      assert inspect(<<1, 2, 3>>, binaries: :as_strings) == "\"\\x01\\x02\\x03\""
      assert inspect("é", binaries: :as_binaries) == "<<195, 169>>"
      assert inspect(%{b: 1, a: 2}) == "%{a: 2, b: 1}"
      assert inspect(123_456_789, pretty: true, width: 5) == "123456789"
      assert inspect(a: 1, b: 2) == "[a: 1, b: 2]"
      assert inspect([{:a, 1}, {"b", 2}]) == "[{:a, 1}, {\"b\", 2}]"
      assert inspect(:ok) == ":ok"
      assert inspect(Foo.Bar) == "Foo.Bar"
      assert inspect(:"Elixir.foo") == ":\"Elixir.foo\""
      assert inspect(true) == "true"
      assert inspect(-0.0) == "-0.0"
    end
  end

  describe "apply/2,3, function_exported?/3, macro_exported?/3, then/2, tap/2, make_ref, self, node, binding-free helpers" do
    test "cases" do
      assert apply(Enum, :sum, [[1, 2]]) == 3
      assert apply(fn a, b -> a - b end, [5, 2]) == 3

      assert_raise UndefinedFunctionError, "function Enum.nope/0 is undefined or private", fn ->
        apply(Enum, :nope, [])
      end

      assert_raise BadArityError, fn -> apply(fn a -> a end, [1, 2]) end
      assert function_exported?(Enum, :map, 2)
      refute function_exported?(Enum, :map, 3)
      assert macro_exported?(Kernel, :if, 2)
      assert then(5, &(&1 * 2)) == 10
      assert tap(5, &(&1 * 2)) == 5
      assert is_reference(make_ref())
      assert is_pid(self())
      assert node() == :nonode@nohost
      assert String.to_atom("a") === :a
      assert struct(URI, host: "x").host == "x"
      refute struct(URI, nope: 1) |> Map.has_key?(:nope)
      assert_raise KeyError, "key :nope not found", fn -> struct!(URI, nope: 1) end
      assert struct(%URI{port: 1}, host: "h").port == 1
      assert get_in(%{a: [1]}, [:a]) == [1]
      assert match?({:ok, _}, {:ok, 1})
      refute match?([_ | _], [])
      assert_raise RuntimeError, "boom", fn -> raise "boom" end
      assert_raise ArgumentError, "argument error", fn -> raise ArgumentError end
      assert_raise ArgumentError, "bad", fn -> raise ArgumentError, "bad" end
      assert_raise ArgumentError, "kw", fn -> raise ArgumentError, message: "kw" end
      assert catch_throw(throw(:x)) == :x
      assert catch_exit(exit(:normal)) == :normal
      assert "a" <> "b" == "ab"
      assert [1] ++ [2] == [1, 2]
      assert [1, 2, 1] -- [1] == [2, 1]
      assert 1 in [1, 2]
      refute not true
      assert (true and 1) == 1
      assert (nil || :d) == :d
      refute false && :x
      assert 1 == 1.0
      refute 1 === 1.0
      refute 1 != 1.0
      assert 1 !== 1.0
      refute :a < 1
      assert {1, 2} < [1]
      assert %{} > {1}
      assert "a" > :a
      assert 1 < nil
      assert binary_slice("hello", 1..3) == "ell"
    end
  end
end
