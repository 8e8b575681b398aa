defmodule ListTest do
  use ExUnit.Case, async: true

  describe "delete/2, delete_at/2, insert_at/3, replace_at/3, update_at/3, pop_at/3" do
    test "by value and by index" do
      assert List.delete([:a, :b, :a], :a) == [:b, :a]
      assert List.delete([1], 1.0) == [1]
      assert List.delete_at([1, 2, 3], 0) == [2, 3]
      assert List.delete_at([1, 2, 3], -1) == [1, 2]
      assert List.delete_at([1, 2, 3], 10) == [1, 2, 3]
      assert List.insert_at([1, 2, 3], 1, 0) == [1, 0, 2, 3]
      assert List.insert_at([1, 2, 3], 10, 0) == [1, 2, 3, 0]
      assert List.insert_at([1, 2, 3], -1, 0) == [1, 2, 3, 0]
      assert List.insert_at([1, 2, 3], -10, 0) == [0, 1, 2, 3]
      assert List.replace_at([1, 2, 3], -1, :x) == [1, 2, :x]
      assert List.replace_at([1, 2, 3], 5, :x) == [1, 2, 3]
      assert List.update_at([1, 2, 3], 1, &(&1 * 10)) == [1, 20, 3]
      assert List.update_at([1, 2, 3], -4, &(&1 * 10)) == [1, 2, 3]
      assert List.pop_at([1, 2, 3], 0) == {1, [2, 3]}
      assert List.pop_at([1, 2, 3], 5) == {nil, [1, 2, 3]}
      assert List.pop_at([1, 2, 3], 5, :none) == {:none, [1, 2, 3]}
      assert List.pop_at([1, 2, 3], -1) == {3, [1, 2]}
    end
  end

  describe "duplicate/2, flatten/1,2, wrap/1, first/1,2, last/1,2, zip/1" do
    test "shapes" do
      assert List.duplicate(:x, 3) == [:x, :x, :x]
      assert List.duplicate(:x, 0) == []
      assert List.flatten([1, [[2], 3], []]) == [1, 2, 3]
      assert List.flatten([1, [2]], [3, [4]]) == [1, 2, 3, [4]]
      assert List.wrap(nil) == []
      assert List.wrap([1]) == [1]
      assert List.wrap(1) == [1]
      assert List.first([]) == nil
      assert List.first([], :d) == :d
      assert List.first([1, 2]) == 1
      assert List.last([1, 2]) == 2
      assert List.last([], 0) == 0
      assert List.zip([[1, 2], [:a, :b, :c]]) == [{1, :a}, {2, :b}]
      assert List.zip([]) == []
    end
  end

  describe "fold and key functions" do
    test "foldl/3, foldr/3" do
      assert List.foldl([1, 2, 3], [], &[&1 | &2]) == [3, 2, 1]
      assert List.foldr([1, 2, 3], [], &[&1 | &2]) == [1, 2, 3]
    end

    test "keyfind/3,4, keymember?/3, keydelete/3, keyreplace/4, keystore/4, keytake/3, keysort/2,3" do
      l = [a: 1, b: 2, a: 3]
      assert List.keyfind(l, :a, 0) == {:a, 1}
      assert List.keyfind(l, 3, 1) == {:a, 3}
      assert List.keyfind(l, :z, 0) == nil
      assert List.keyfind(l, :z, 0, :none) == :none
      assert List.keymember?(l, :b, 0)
      refute List.keymember?(l, :b, 1)
      assert List.keydelete(l, :a, 0) == [b: 2, a: 3]
      assert List.keyreplace(l, :a, 0, {:a, 9}) == [a: 9, b: 2, a: 3]
      assert List.keyreplace(l, :z, 0, {:z, 9}) == l
      assert List.keystore(l, :z, 0, {:z, 9}) == l ++ [z: 9]
      assert List.keystore(l, :b, 0, {:b, 0}) == [a: 1, b: 0, a: 3]
      assert List.keytake(l, :b, 0) == {{:b, 2}, [a: 1, a: 3]}
      assert List.keytake(l, :z, 0) == nil
      assert List.keysort([b: 2, a: 1, c: 0], 0) == [a: 1, b: 2, c: 0]
      assert List.keysort([b: 2, a: 1, c: 0], 1) == [c: 0, a: 1, b: 2]
      assert List.keysort([b: 2, a: 1], 1, :desc) == [b: 2, a: 1]
    end
  end

  describe "conversions" do
    test "to_string/1, to_charlist/1, to_atom/1, to_existing_atom/1, to_tuple/1" do
      assert List.to_string([?a, "bc", [?d]]) == "abcd"
      assert List.to_string([0x1F600]) == "😀"
      assert List.to_string([]) == ""
      assert List.to_charlist([?a, "é"]) == [?a, ?é]
      assert List.to_atom('abc') == :abc
      assert List.to_existing_atom('ok') == :ok
      assert List.to_tuple([1, 2]) == {1, 2}
      assert List.to_tuple([]) == {}
    end

    test "to_integer/1,2, to_float/1" do
      assert List.to_integer('123') == 123
      assert List.to_integer('-7') == -7
      assert List.to_integer('ff', 16) == 255
      assert List.to_integer('Z', 36) == 35
      assert List.to_float('1.5') == 1.5
      assert List.to_float('-2.0e3') == -2.0e3
    end

    test "conversion errors" do
      assert_raise ArgumentError, fn -> List.to_integer('1.0') end
      assert_raise ArgumentError, fn -> List.to_float('1') end
      assert_raise ArgumentError, fn -> List.to_existing_atom('no_such_atom_xyz_123') end
    end
  end

  describe "starts_with?/2, ascii_printable?/1,2, improper?/1, myers_difference/2,3" do
    test "predicates" do
      assert List.starts_with?([1, 2, 3], [1, 2])
      assert List.starts_with?([1], [])
      refute List.starts_with?([1], [1, 2])
      assert List.ascii_printable?('abc')
      refute List.ascii_printable?('é')
      refute List.ascii_printable?([1])
      assert List.ascii_printable?('abc' ++ [1], 3)
      assert List.ascii_printable?([])
      assert List.improper?([1 | 2])
      refute List.improper?([1, 2])
      refute List.improper?([])
    end

    test "myers_difference" do
      assert List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4]) ==
               [eq: [1], del: [4], eq: [2, 3], ins: [4]]

      assert List.myers_difference([], [1]) == [ins: [1]]
      assert List.myers_difference([1], [1]) == [eq: [1]]

      assert List.myers_difference(["ab", "c"], ["ab", "d"], &String.myers_difference/2) ==
               [eq: ["ab"], diff: [del: "c", ins: "d"]]
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert List.keyfind!([a: 1], :a, 0) == {:a, 1}

      assert_raise KeyError, "key :b at position 0 not found in: [a: 1]", fn ->
        List.keyfind!([a: 1], :b, 0)
      end

      assert List.first([nil]) == nil
      assert List.last([1 | []]) == 1
      assert List.flatten([]) == []
      assert List.flatten([[[]]]) == []
      assert List.delete([], 1) == []
      assert List.duplicate([1], 2) == [[1], [1]]

      assert_raise FunctionClauseError, "no function clause matching in :lists.duplicate/2", fn ->
        List.duplicate(1, -1)
      end

      assert List.insert_at([], 0, :x) == [:x]
      assert List.insert_at([], -1, :x) == [:x]
      assert List.replace_at([], 0, :x) == []
      assert List.update_at([], 0, & &1) == []
      assert List.pop_at([], 0) == {nil, []}
      assert List.pop_at([1, 2], -3) == {nil, [1, 2]}
      assert List.delete_at([], -1) == []
      assert List.zip([[1], [2, 3], []]) == []

      assert_raise ArgumentError,
                   "cannot convert the given list to a string.\n\nTo be converted to a string, a list must either be empty or only\ncontain the following elements:\n\n  * strings\n  * integers representing Unicode code points\n  * a list containing one of these three elements\n\nPlease check the given list or call inspect/1 to get the list representation, got:\n\n[1.5]\n",
                   fn -> List.to_string([1.5]) end

      assert_raise UnicodeConversionError, "invalid code point -1", fn -> List.to_string([-1]) end

      assert_raise UnicodeConversionError, "invalid code point 1114112", fn ->
        List.to_string(["é", 0x10FFFF + 1])
      end

      assert List.to_charlist(["é" | "a"]) == [233, 97]

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n",
                   fn -> List.to_integer('12', 37) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n",
                   fn -> List.to_integer('') end

      assert List.to_tuple([[1]]) == {[1]}
      assert List.foldl([], :acc, fn _, a -> a end) == :acc
      assert List.myers_difference([1, 2, 3], [1, 2, 3, 4]) == [eq: [1, 2, 3], ins: [4]]
      assert List.myers_difference([1, 2], []) == [del: [1, 2]]
      assert List.keysort([{2, :b}, {1, :a}, {2, :a}], 0) == [{1, :a}, {2, :b}, {2, :a}]

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> List.keysort([a: 2, b: 1], 5) end

      assert List.keysort([{:a, 2}], 0, :nope) == [a: 2]
      assert List.keyreplace([{:a, 1, 2}], :a, 0, {:b}) == [{:b}]
      assert List.keystore([], :a, 0, {:a, 1}) == [a: 1]
      assert List.keydelete([a: 1, a: 2], :a, 0) == [a: 2]
      refute List.keymember?([], :a, 0)
      assert List.wrap({1}) == [{1}]
      assert List.ascii_printable?('abc', 0)
      assert List.ascii_printable?('a\n\t\e', 10)
      assert List.starts_with?([], [])
      assert List.first([1], :d) == 1
      assert List.improper?([1 | [2 | 3]])

      assert_raise FunctionClauseError,
                   "no function clause matching in :lists.do_flatten/2",
                   fn -> List.flatten([1 | 2]) end

      assert List.delete([1, 2], 3) == [1, 2]
    end
  end
end
