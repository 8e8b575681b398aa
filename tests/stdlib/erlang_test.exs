defmodule ErlangTest do
  use ExUnit.Case, async: true

  describe ":ets tables die with their owner" do
    setup do
      table = :ets.new(:per_test_table, [:named_table, :public])
      :ets.insert(table, {:count, 0})
      :ok
    end

    test "a named table made in setup (first test)" do
      assert :ets.update_counter(:per_test_table, :count, 1) == 1
    end

    test "a named table made in setup (second test)" do
      assert :ets.update_counter(:per_test_table, :count, 5) == 5
    end
  end

  describe ":erlang term functions" do
    test "cases" do
      assert :erlang.element(1, {:a}) == :a
      assert :erlang.setelement(1, {:a}, :b) == {:b}
      assert :erlang.append_element({1}, 2) == {1, 2}
      assert :erlang.make_tuple(3, 0) == {0, 0, 0}
      assert :erlang.tuple_to_list({1, 2}) == [1, 2]
      assert :erlang.list_to_tuple([1]) == {1}
      assert :erlang.atom_to_binary(:abc) == "abc"
      assert :erlang.atom_to_binary(:abc, :utf8) == "abc"
      assert :erlang.binary_to_atom("abc") == :abc
      assert :erlang.atom_to_list(:abc) == 'abc'
      assert :erlang.list_to_atom('x') == :x
      assert :erlang.binary_to_list("abc") == 'abc'
      assert :erlang.binary_to_list("abcdef", 2, 3) == 'bc'
      assert :erlang.list_to_binary([1, "a", [2]]) == <<1, 97, 2>>

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an iolist term\n",
                   fn -> :erlang.list_to_binary([256]) end

      assert :erlang.iolist_to_binary(["a", [?b, "c"]]) == "abc"
      assert :erlang.iolist_size(["ab", ?c]) == 3
      assert :erlang.integer_to_binary(255, 16) == "FF"
      assert :erlang.integer_to_list(-10) == '-10'
      assert :erlang.binary_to_integer("-10") == -10
      assert :erlang.binary_to_integer("zz", 36) == 1295

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n",
                   fn -> :erlang.binary_to_integer("1.0") end

      assert :erlang.list_to_integer('12') == 12
      assert :erlang.float_to_binary(1.5) == "1.50000000000000000000e+00"
      assert :erlang.float_to_binary(1.5, decimals: 3) == "1.500"
      assert :erlang.float_to_binary(1.5, [:compact, decimals: 3]) == "1.5"
      assert :erlang.float_to_binary(0.1, [:short]) == "0.1"
      assert :erlang.float_to_list(1.0, scientific: 2) == '1.00e+00'
      assert :erlang.binary_to_float("1.5") == 1.5
      assert :erlang.list_to_float('2.5e1') == 25.0
      assert :erlang.term_to_binary(:a) |> :erlang.binary_to_term() == :a

      assert :erlang.term_to_binary({1, "a", [2.0]}) |> :erlang.binary_to_term() ==
               {1, "a", [2.0]}

      assert :erlang.term_to_binary(1) == <<131, 97, 1>>
      assert :erlang.size({1, 2}) == 2
      assert :erlang.size("abc") == 3
      assert :erlang.tl([1, 2]) == [2]
      assert :erlang.hd([1]) == 1
      assert :erlang.length([1, 2]) == 2
      assert :erlang.is_map_key(:a, %{a: 1})
      assert :erlang.map_get(:a, %{a: 1}) == 1

      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        :erlang.map_get(:b, %{a: 1})
      end

      assert :erlang.phash2(:a) |> is_integer()
      assert :erlang.phash2("x", 16) < 16
      assert :erlang.max(1, 2) == 2
      assert :erlang.min(1, 2) == 1
      assert :erlang.abs(-2) == 2
      assert :erlang.float(2) == 2.0
      assert :erlang.trunc(2.7) == 2
      assert :erlang.round(2.5) == 3
      assert :erlang.div(7, 2) == 3
      assert :erlang.rem(-7, 2) == -1
      assert :erlang.band(6, 3) == 2
      assert :erlang.bsl(1, 3) == 8
      assert :erlang.bit_size("ab") == 16
      assert :erlang.byte_size(<<1::9>>) == 2
      assert :erlang.split_binary("abcd", 1) == {"a", "bcd"}
      assert :erlang.binary_part("abcd", {1, 2}) == "bc"
      assert :erlang.is_atom(:a)
      assert :erlang.is_function(fn -> 1 end, 0)
      assert :erlang.function_exported(:lists, :reverse, 1)
      assert :erlang.fun_info(&Enum.map/2)[:arity] == 2
      assert :erlang.fun_info(&Enum.map/2, :module) == {:module, Enum}
      assert :erlang.make_ref() |> is_reference()
      assert :erlang.unique_integer([:positive]) > 0
      assert :erlang.monotonic_time() |> is_integer()
      assert :erlang.system_time(:second) > 0
      assert :erlang.localtime() |> tuple_size() == 2
      assert :erlang.universaltime() |> elem(0) |> tuple_size() == 3

      assert (
               :erlang.put(:k2, 1)
               :erlang.get(:k2)
             ) == 1

      assert (
               :erlang.put(:k3, 1)
               :erlang.erase(:k3)
             ) == 1

      assert catch_throw(:erlang.throw(:t)) == :t
      assert_raise ArgumentError, "argument error", fn -> :erlang.error(:badarg) end

      assert_raise MatchError, "no match of right hand side value: 1", fn ->
        :erlang.error({:badmatch, 1})
      end

      assert catch_exit(:erlang.exit(:bye)) == :bye

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an already existing atom\n",
                   fn -> :erlang.list_to_existing_atom('no_such_atom_hopefully_qq') end

      assert :erlang.binary_to_existing_atom("ok") == :ok

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an atom\n",
                   fn -> :erlang.atom_to_binary("no") end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: out of range\n",
                   fn -> :erlang.element(5, {1}) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a tuple\n",
                   fn -> :erlang.tuple_to_list(:a) end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not an integer\n",
                   fn -> :erlang.integer_to_binary(1.0) end
    end
  end

  describe ":lists" do
    test "cases" do
      assert :lists.reverse([1, 2, 3]) == [3, 2, 1]
      assert :lists.reverse([1, 2], [3]) == [2, 1, 3]
      assert :lists.sort([3, 1, 2]) == [1, 2, 3]
      assert :lists.sort(fn a, b -> a >= b end, [3, 1, 2]) == [3, 2, 1]
      assert :lists.usort([3, 1, 3, 2]) == [1, 2, 3]
      assert :lists.map(&(&1 + 1), [1, 2]) == [2, 3]
      assert :lists.filter(&(&1 > 1), [1, 2]) == [2]
      assert :lists.foldl(&+/2, 0, [1, 2, 3]) == 6
      assert :lists.foldr(fn x, acc -> [x | acc] end, [], [1, 2]) == [1, 2]
      assert :lists.seq(1, 5) == [1, 2, 3, 4, 5]
      assert :lists.seq(1, 10, 3) == [1, 4, 7, 10]
      assert :lists.seq(5, 1, -2) == [5, 3, 1]
      assert :lists.seq(1, 0) == []
      assert :lists.sum([1, 2.5]) == 3.5
      assert :lists.max([1, 3, 2]) == 3
      assert :lists.min([4, 3]) == 3
      assert :lists.nth(2, [:a, :b]) == :b
      assert :lists.nthtail(1, [:a, :b]) == [:b]
      assert :lists.last([1, 2]) == 2
      assert :lists.member(2, [1, 2])
      assert :lists.append([[1], [2, 3]]) == [1, 2, 3]
      assert :lists.append([1], [2]) == [1, 2]
      assert :lists.concat([:a, 'b', 1]) == 'ab1'
      assert :lists.flatten([1, [2, [3]]]) == [1, 2, 3]
      assert :lists.duplicate(2, :x) == [:x, :x]
      assert :lists.zip([1, 2], [:a, :b]) == [{1, :a}, {2, :b}]
      assert :lists.unzip([{1, :a}, {2, :b}]) == {[1, 2], [:a, :b]}
      assert :lists.keyfind(:b, 1, a: 1, b: 2) == {:b, 2}
      refute :lists.keyfind(:z, 1, a: 1)
      assert :lists.keystore(:c, 1, [a: 1], {:c, 3}) == [a: 1, c: 3]
      assert :lists.keydelete(:a, 1, a: 1, b: 2) == [b: 2]
      assert :lists.keysort(2, [{:a, 2}, {:b, 1}]) == [b: 1, a: 2]
      assert :lists.keymember(:a, 1, a: 1)
      assert :lists.keyreplace(:a, 1, [a: 1], {:a, 9}) == [a: 9]
      assert :lists.delete(2, [1, 2, 3, 2]) == [1, 3, 2]
      assert :lists.subtract([1, 2, 3], [2]) == [1, 3]
      assert :lists.split(2, [1, 2, 3]) == {[1, 2], [3]}
      assert :lists.splitwith(&(&1 < 2), [1, 2, 3]) == {[1], [2, 3]}
      assert :lists.partition(&(&1 > 1), [1, 2, 3]) == {[2, 3], [1]}
      assert :lists.takewhile(&(&1 < 3), [1, 2, 3, 1]) == [1, 2]
      assert :lists.dropwhile(&(&1 < 3), [1, 2, 3, 1]) == [3, 1]
      assert :lists.all(&(&1 > 0), [1, 2])
      assert :lists.any(&(&1 > 1), [1, 2])
      assert :lists.flatmap(&[&1, &1], [1, 2]) == [1, 1, 2, 2]
      assert :lists.mapfoldl(fn x, acc -> {x * 2, acc + x} end, 0, [1, 2]) == {[2, 4], 3}
      assert :lists.sublist([1, 2, 3, 4], 2) == [1, 2]
      assert :lists.sublist([1, 2, 3, 4], 2, 2) == [2, 3]
      assert :lists.enumerate([:a, :b]) == [{1, :a}, {2, :b}]
      assert :lists.uniq([1, 2, 1]) == [1, 2]
      assert :lists.join(:x, [1, 2, 3]) == [1, :x, 2, :x, 3]
      assert :lists.prefix([1], [1, 2])
      assert :lists.suffix([2], [1, 2])
      assert :lists.merge([1, 3], [2, 4]) == [1, 2, 3, 4]

      assert_raise FunctionClauseError, "no function clause matching in :lists.nth/2", fn ->
        :lists.nth(5, [1])
      end

      assert :lists.foreach(& &1, [1]) == :ok
      assert :lists.search(&(&1 > 1), [1, 2, 3]) == {:value, 2}

      assert :lists.filtermap(fn x -> if x > 1, do: {true, x * 2}, else: false end, [1, 2, 3]) ==
               [4, 6]
    end
  end

  describe ":maps" do
    test "cases" do
      assert :maps.get(:a, %{a: 1}) == 1
      assert :maps.get(:b, %{a: 1}, 0) == 0
      assert_raise KeyError, "key :b not found in: %{a: 1}", fn -> :maps.get(:b, %{a: 1}) end
      assert :maps.find(:a, %{a: 1}) == {:ok, 1}
      assert :maps.find(:b, %{a: 1}) == :error
      assert :maps.put(:b, 2, %{a: 1}) == %{a: 1, b: 2}
      assert :maps.remove(:a, %{a: 1}) == %{}
      assert :maps.update(:a, 5, %{a: 1}) == %{a: 5}

      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        :maps.update(:b, 5, %{a: 1})
      end

      assert :maps.keys(%{b: 1, a: 2}) == [:a, :b]
      assert :maps.values(%{b: 1, a: 2}) == [2, 1]
      assert :maps.to_list(%{b: 1, a: 2}) == [a: 2, b: 1]
      assert :maps.from_list(a: 1, a: 2) == %{a: 2}
      assert :maps.is_key(:a, %{a: 1})
      assert :maps.size(%{}) == 0
      assert :maps.merge(%{a: 1}, %{a: 2, b: 3}) == %{a: 2, b: 3}
      assert :maps.map(fn _k, v -> v * 2 end, %{a: 1}) == %{a: 2}
      assert :maps.filter(fn _k, v -> v > 1 end, %{a: 1, b: 2}) == %{b: 2}
      assert :maps.fold(fn _k, v, acc -> v + acc end, 0, %{a: 1, b: 2}) == 3
      assert :maps.with([:a], %{a: 1, b: 2}) == %{a: 1}
      assert :maps.without([:a], %{a: 1, b: 2}) == %{b: 2}
      assert :maps.take(:a, %{a: 1, b: 2}) == {1, %{b: 2}}
      assert :maps.take(:z, %{a: 1}) == :error
      assert :maps.new() == %{}
      assert :maps.update_with(:a, &(&1 + 1), %{a: 1}) == %{a: 2}
      assert :maps.update_with(:b, &(&1 + 1), 0, %{a: 1}) == %{a: 1, b: 0}
      assert :maps.from_keys([:a, :b], 0) == %{a: 0, b: 0}
      assert_raise BadMapError, "expected a map, got: :notmap", fn -> :maps.get(:a, :notmap) end
    end
  end

  describe ":string" do
    test "cases" do
      assert :string.trim("  ab  ") == "ab"
      assert :string.trim("xxabxx", :both, 'x') == "ab"
      assert :string.trim("  ab  ", :leading) == "ab  "
      assert :string.split("a,b,c", ",") == ["a", "b,c"]
      assert :string.split("a,b,c", ",", :all) == ["a", "b", "c"]
      assert :string.split("a,b,c", ",", :trailing) == ["a,b", "c"]
      assert :string.uppercase("abc") == "ABC"
      assert :string.lowercase('ABC') == 'abc'
      assert :string.titlecase("abc") == "Abc"
      assert :string.length("héllo") == 5
      assert :string.reverse("abc") == 'cba'
      assert :string.slice("hello", 1, 3) == "ell"
      assert :string.slice("hello", 2) == "llo"
      assert :string.find("hello", "l") == "llo"
      assert :string.find("hello", "l", :trailing) == "lo"
      assert :string.find("hello", "z") == :nomatch
      assert :string.replace("a.b.c", ".", "-") == ["a", "-", "b.c"]
      assert :string.replace("a.b.c", ".", "-", :all) == ["a", "-", "b", "-", "c"]
      assert :string.is_empty("")
      assert :string.equal("a", 'a')
      assert :string.lexemes("a  b c", ' ') == ["a", "b", "c"]
      assert :string.pad("ab", 5) == ["ab", 32, 32, 32]
      assert :string.pad("ab", 5, :leading, ?*) == ['***', "ab"]
      assert :string.pad("ab", 5, :both) == [' ', "ab", ' ', 32]
      assert :string.to_integer("12ab") == {12, "ab"}
      assert :string.to_integer("ab") == {:error, :no_integer}
      assert :string.to_float("1.5x") == {1.5, "x"}
      assert :string.chomp("ab\n") == "ab"
      assert :string.concat('ab', 'cd') == 'abcd'
      assert :string.join(['a', 'b'], ', ') == 'a, b'
      assert :string.tokens('a b,c', ' ,') == ['a', 'b', 'c']
      assert :string.str('hello', 'll') == 3
      assert :string.copies('ab', 3) == 'ababab'
      assert :string.casefold("ABC") == "abc"
      assert :string.next_grapheme("ab") == [97 | "b"]
      assert :string.prefix("foobar", "foo") == "bar"
      assert :string.prefix("foobar", "x") == :nomatch
    end
  end

  describe ":math" do
    test "cases" do
      assert :math.pi() == 3.141592653589793
      assert :math.sqrt(16) == 4.0
      assert :math.pow(2, 10) == 1024.0
      assert :math.exp(0) == 1.0
      assert :math.log(1) == 0.0
      assert :math.log2(8) == 3.0
      assert :math.log10(1000) == 3.0
      assert :math.sin(0) == 0.0
      assert :math.cos(0) == 1.0
      assert :math.tan(0) == 0.0
      assert :math.atan2(1, 1) == 0.7853981633974483
      assert :math.floor(1.5) == 1.0
      assert :math.ceil(1.5) == 2.0
      assert :math.fmod(7.5, 2) == 1.5

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        :math.sqrt(-1)
      end

      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        :math.log(0)
      end

      assert :math.asin(1) == 1.5707963267948966
      assert :math.acos(1) == 0.0
      assert :math.atan(0) == 0.0
      assert :math.sinh(0) == 0.0
      assert :math.cosh(0) == 1.0
      assert :math.tanh(0) == 0.0

      assert_raise UndefinedFunctionError, "function :math.e/0 is undefined or private", fn ->
        :math.e()
      end

      assert_raise UndefinedFunctionError, "function :math.tau/0 is undefined or private", fn ->
        :math.tau()
      end
    end
  end

  describe ":rand" do
    test "cases" do
      assert (
               :rand.seed(:exsss, {1, 2, 3})
               x = :rand.uniform()
               x >= 0 and x < 1
             )

      assert (
               :rand.seed(:exsss, {1, 2, 3})
               :rand.uniform(10) in 1..10
             )

      assert (
               :rand.seed(:exsss, 42)
               a = :rand.uniform(1000)
               :rand.seed(:exsss, 42)
               a == :rand.uniform(1000)
             )

      assert is_float(:rand.normal())

      assert_raise FunctionClauseError, "no function clause matching in :rand.uniform_s/2", fn ->
        :rand.uniform(0)
      end

      assert elem(:rand.uniform_s(5, :rand.seed_s(:exsss, 1)), 0) in 1..5
    end
  end

  describe ":queue" do
    test "cases" do
      assert :queue.new() == {[], []}
      assert :queue.from_list([1, 2, 3, 4, 5]) == {[5, 4, 3], [1, 2]}
      assert :queue.to_list(:queue.from_list([1, 2, 3])) == [1, 2, 3]
      assert Enum.reduce(1..5, :queue.new(), &:queue.in/2) == {[5, 4, 3, 2], [1]}
      assert :queue.in_r(0, :queue.from_list([1, 2])) == {[2], [0, 1]}
      assert :queue.out(:queue.from_list([1, 2, 3])) == {{:value, 1}, {[3], [2]}}
      assert :queue.out(:queue.new()) == {:empty, {[], []}}
      assert :queue.out_r(:queue.from_list([1, 2, 3])) == {{:value, 3}, {[2], [1]}}
      assert :queue.out({[5, 4, 3, 2], [1]}) == {{:value, 1}, {[5, 4], [2, 3]}}
      assert :queue.out({[6, 5, 4, 3, 2, 1], []}) == {{:value, 1}, {[6], [2, 3, 4, 5]}}
      assert :queue.len(:queue.from_list([1, 2])) == 2
      assert :queue.is_empty(:queue.new())
      assert :queue.is_queue({[], []})
      refute :queue.is_queue(:a)
      assert :queue.member(2, :queue.from_list([1, 2]))
      assert :queue.peek(:queue.from_list([1, 2])) == {:value, 1}
      assert :queue.peek_r(:queue.from_list([1, 2])) == {:value, 2}
      assert :queue.peek(:queue.new()) == :empty
      assert :queue.get(:queue.from_list([7, 8])) == 7
      assert :queue.get_r(:queue.from_list([7, 8])) == 8
      assert_raise ErlangError, "Erlang error: :empty", fn -> :queue.get(:queue.new()) end
      assert :queue.drop(:queue.from_list([1, 2, 3])) == {[3], [2]}
      assert :queue.drop_r(:queue.from_list([1, 2, 3])) == {[2], [1]}
      assert :queue.reverse(:queue.from_list([1, 2, 3])) == {[1], [3, 2]}
      assert :queue.join(:queue.from_list([1, 2]), :queue.from_list([3, 4])) == {[4], [1, 2, 3]}
      assert :queue.split(2, :queue.from_list([1, 2, 3, 4, 5])) == {{[2], [1]}, {[5], [3, 4]}}
      assert :queue.split(4, :queue.from_list([1, 2, 3, 4, 5])) == {{[4, 3], [1, 2]}, {[5], []}}

      assert_raise ArgumentError, "argument error", fn ->
        :queue.split(9, :queue.from_list([1, 2]))
      end

      assert :queue.filter(&(&1 > 2), :queue.from_list([1, 2, 3, 4])) == {[4], [3]}
      assert :queue.filter(fn x -> [x, x] end, :queue.from_list([1, 2])) == {[2, 2], [1, 1]}
      assert :queue.fold(&+/2, 0, :queue.from_list([1, 2, 3])) == 6
      assert :queue.head(:queue.from_list([1, 2])) == 1
      assert :queue.last(:queue.from_list([1, 2])) == 2
      assert :queue.tail(:queue.from_list([1, 2])) == {[], [2]}
      assert_raise ArgumentError, "argument error", fn -> :queue.in(1, :a) end
    end
  end

  describe ":ets" do
    test "cases" do
      assert :ets.new(:t1, [:named_table]) == :t1

      assert (
               :ets.new(:t2, [:named_table])
               :ets.insert(:t2, {:a, 1})
               :ets.lookup(:t2, :a)
             ) == [a: 1]

      assert (
               :ets.new(:t3, [:named_table])
               :ets.insert(:t3, [{:a, 1}, {:b, 2}])
               :ets.tab2list(:t3) |> Enum.sort()
             ) == [a: 1, b: 2]

      assert (
               t = :ets.new(:t4, [])
               :ets.insert(t, {:k, 1})
               :ets.update_counter(t, :k, 2)
             ) == 3

      assert (
               t = :ets.new(:t5, [])
               :ets.update_counter(t, :k, 2, {:k, 40})
             ) == 42

      assert (
               t = :ets.new(:t6, [:bag])
               :ets.insert(t, [{:k, 1}, {:k, 2}, {:k, 1}])
               :ets.lookup(t, :k)
             ) == [k: 1, k: 2]

      assert (
               t = :ets.new(:t7, [:duplicate_bag])
               :ets.insert(t, [{:k, 1}, {:k, 1}])
               :ets.lookup(t, :k)
             ) == [k: 1, k: 1]

      assert (
               t = :ets.new(:t8, [:ordered_set])
               :ets.insert(t, [{2, :b}, {1, :a}])
               {:ets.first(t), :ets.tab2list(t)}
             ) == {1, [{1, :a}, {2, :b}]}

      assert (
               t = :ets.new(:t9, [])
               :ets.insert(t, {:k, 1})
               {:ets.insert_new(t, {:k, 2}), :ets.lookup_element(t, :k, 2)}
             ) == {false, 1}

      assert (
               t = :ets.new(:t10, [])
               :ets.insert(t, {:k, 1})
               {:ets.delete(t, :k), :ets.member(t, :k), :ets.info(t, :size)}
             ) == {true, false, 0}

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: the table identifier does not refer to an existing ETS table\n",
                   fn ->
                     t = :ets.new(:t11, [])
                     :ets.delete(t)
                     :ets.lookup(t, :k)
                   end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: table name already exists\n",
                   fn ->
                     :ets.new(:t12, [:named_table])
                     :ets.new(:t12, [:named_table])
                   end

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 2nd argument: not a key that exists in the table\n",
                   fn ->
                     t = :ets.new(:t13, [])
                     :ets.update_counter(t, :missing, 1)
                   end

      assert (
               t = :ets.new(:t14, [])
               :ets.insert(t, {:k, 1, 2})
               :ets.update_element(t, :k, [{2, :x}, {3, :y}])
               :ets.take(t, :k)
             ) == [{:k, :x, :y}]

      assert :ets.whereis(:no_such_table) == :undefined
    end
  end

  describe ":ordsets, :orddict, :proplists" do
    test "cases" do
      assert :ordsets.new() == []
      assert :ordsets.from_list([3, 1, 2, 1]) == [1, 2, 3]
      assert :ordsets.add_element(2, [1, 3]) == [1, 2, 3]
      assert :ordsets.add_element(1, [1, 3]) == [1, 3]
      assert :ordsets.del_element(1, [1, 3]) == [3]
      assert :ordsets.is_element(3, [1, 3])
      assert :ordsets.union([1, 3], [2, 3, 4]) == [1, 2, 3, 4]
      assert :ordsets.union([[1], [3], [2, 1]]) == [1, 2, 1, 3]
      assert :ordsets.intersection([1, 2, 3], [2, 3, 4]) == [2, 3]
      assert :ordsets.subtract([1, 2, 3], [2]) == [1, 3]
      assert :ordsets.is_subset([1], [1, 2])
      assert :ordsets.is_disjoint([1], [2])
      assert :ordsets.size([1, 2]) == 2
      assert :ordsets.to_list([1, 2]) == [1, 2]
      assert :ordsets.fold(&+/2, 0, [1, 2]) == 3
      assert :ordsets.filter(&(&1 > 1), [1, 2]) == [2]
      assert :ordsets.from_list([1, 1.0, 2]) == [1, 2]
      assert :orddict.new() == []
      assert :orddict.store(:b, 2, :orddict.store(:a, 1, [])) == [a: 1, b: 2]
      assert :orddict.store(:a, 9, a: 1, b: 2) == [a: 9, b: 2]
      assert :orddict.from_list(b: 2, a: 1, b: 3) == [a: 1, b: 3]
      assert :orddict.find(:a, a: 1) == {:ok, 1}
      assert :orddict.find(:z, a: 1) == :error
      assert :orddict.fetch(:a, a: 1) == 1
      assert :orddict.erase(:a, a: 1, b: 2) == [b: 2]
      assert :orddict.append(:a, 3, a: [1]) == [a: [1, 3]]
      assert :orddict.update_counter(:a, 1, a: 1) == [a: 2]
      assert :orddict.update_counter(:b, 1, a: 1) == [a: 1, b: 1]
      assert :orddict.update(:a, &(&1 * 2), a: 2) == [a: 4]
      assert :orddict.update(:z, &(&1 * 2), 0, a: 2) == [a: 2, z: 0]
      assert :orddict.fetch_keys(a: 1, b: 2) == [:a, :b]

      assert :orddict.merge(fn _k, a, b -> a + b end, [a: 1, b: 2], b: 3, c: 4) == [
               a: 1,
               b: 5,
               c: 4
             ]

      assert :orddict.fold(fn k, v, acc -> [{v, k} | acc] end, [], a: 1, b: 2) == [
               {2, :b},
               {1, :a}
             ]

      assert :orddict.map(fn _k, v -> v * 10 end, a: 1) == [a: 10]
      assert :orddict.filter(fn _k, v -> v > 1 end, a: 1, b: 2) == [b: 2]
      assert :orddict.size(a: 1) == 1
      assert :orddict.take(:a, a: 1, b: 2) == {1, [b: 2]}
      assert :proplists.get_value(:a, a: 1, b: 2) == 1
      assert :proplists.get_value(:z, a: 1) == :undefined
      assert :proplists.get_value(:z, [a: 1], :dflt) == :dflt
      assert :proplists.get_value(:flag, [:flag, a: 1])
      assert :proplists.get_bool(:flag, [:flag])
      refute :proplists.get_bool(:a, a: 1)
      assert :proplists.lookup(:a, a: 1, a: 2) == {:a, 1}
      assert :proplists.lookup(:z, a: 1) == :none
      assert :proplists.lookup_all(:a, [{:a, 1}, :a, {:b, 2}]) == [a: 1, a: true]
      assert :proplists.get_all_values(:a, a: 1, b: 2, a: 3) == [1, 3]
      assert :proplists.is_defined(:b, a: 1, b: 2)
      assert :proplists.get_keys([:x, a: 1, b: 2, a: 3]) == [:a, :b, :x]
      assert :proplists.delete(:a, a: 1, b: 2, a: 3) == [b: 2]
      assert :proplists.append_values(:a, a: [1], a: 2) == [1, 2]
      assert :proplists.property({:a, true}) == :a
      assert :proplists.property(:a, 1) == {:a, 1}
      assert :proplists.unfold([:a, b: 1]) == [a: true, b: 1]
      assert :proplists.compact([{:a, true}, {:b, 1}]) == [:a, {:b, 1}]
    end
  end

  describe ":math.erf/1, :math.erfc/1" do
    test "cases" do
      assert :math.erf(0.5) == 0.5204998778130465
      assert :math.erf(-1.5) == -0.9661051464753108
      assert :math.erfc(1) == 0.15729920705028513
      assert :math.erfc(10) == 2.088487583762545e-45

      assert_raise ArgumentError,
                   "errors were found at the given arguments:\n\n  * 1st argument: not a number\n",
                   fn -> :math.erf(:a) end
    end
  end

  describe ":gb_trees, :gb_sets, :sets" do
    test "cases" do
      assert Enum.reduce([5, 3, 8, 1, 4, 7, 9, 2, 6], :gb_trees.empty(), fn k, t ->
               :gb_trees.insert(k, k * 10, t)
             end) ==
               {9,
                {5, 50, {3, 30, {1, 10, nil, {2, 20, nil, nil}}, {4, 40, nil, nil}},
                 {8, 80, {7, 70, {6, 60, nil, nil}, nil}, {9, 90, nil, nil}}}}

      assert Enum.reduce(1..12, :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, k, t) end) ==
               {12,
                {4, 4, {2, 2, {1, 1, nil, nil}, {3, 3, nil, nil}},
                 {6, 6, {5, 5, nil, nil},
                  {7, 7, nil,
                   {8, 8, nil, {9, 9, nil, {10, 10, nil, {11, 11, nil, {12, 12, nil, nil}}}}}}}}}

      assert :gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}, {4, :d}]) ==
               {4, {3, :c, {2, :b, {1, :a, nil, nil}, nil}, {4, :d, nil, nil}}}

      assert :gb_trees.delete(3, :gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}, {4, :d}])) ==
               {3, {4, :d, {2, :b, {1, :a, nil, nil}, nil}, nil}}

      assert :gb_trees.balance(
               Enum.reduce(1..10, :gb_trees.empty(), fn k, t -> :gb_trees.insert(k, k, t) end)
             ) ==
               {10,
                {6, 6, {3, 3, {2, 2, {1, 1, nil, nil}, nil}, {5, 5, {4, 4, nil, nil}, nil}},
                 {9, 9, {8, 8, {7, 7, nil, nil}, nil}, {10, 10, nil, nil}}}}

      assert :gb_trees.lookup(2, :gb_trees.from_orddict([{1, :a}, {2, :b}])) == {:value, :b}
      assert :gb_trees.lookup(9, :gb_trees.from_orddict([{1, :a}, {2, :b}])) == :none
      assert :gb_trees.get(1, :gb_trees.from_orddict([{1, :a}, {2, :b}])) == :a

      assert :gb_trees.enter(1, :z, :gb_trees.from_orddict([{1, :a}, {2, :b}])) ==
               {2, {2, :b, {1, :z, nil, nil}, nil}}

      assert :gb_trees.update(2, :z, :gb_trees.from_orddict([{1, :a}, {2, :b}])) ==
               {2, {2, :z, {1, :a, nil, nil}, nil}}

      assert :gb_trees.smallest(:gb_trees.from_orddict([{1, :a}, {2, :b}])) == {1, :a}
      assert :gb_trees.largest(:gb_trees.from_orddict([{1, :a}, {2, :b}])) == {2, :b}

      assert :gb_trees.take_smallest(:gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}])) ==
               {1, :a, {2, {2, :b, nil, {3, :c, nil, nil}}}}

      assert :gb_trees.take_largest(:gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}])) ==
               {3, :c, {2, {2, :b, {1, :a, nil, nil}, nil}}}

      assert :gb_trees.to_list(:gb_trees.insert(0, :z, :gb_trees.from_orddict([{1, :a}]))) == [
               {0, :z},
               {1, :a}
             ]

      assert :gb_trees.keys(:gb_trees.from_orddict([{1, :a}, {2, :b}])) == [1, 2]
      assert :gb_trees.values(:gb_trees.from_orddict([{1, :a}, {2, :b}])) == [:a, :b]
      assert :gb_trees.size(:gb_trees.empty()) == 0
      assert :gb_trees.is_empty(:gb_trees.empty())
      assert :gb_trees.is_defined(1, :gb_trees.from_orddict([{1, :a}]))

      assert :gb_trees.map(fn k, v -> {k, v} end, :gb_trees.from_orddict([{1, :a}])) ==
               {1, {1, {1, :a}, nil, nil}}

      assert :gb_trees.next(:gb_trees.iterator(:gb_trees.from_orddict([{1, :a}, {2, :b}]))) ==
               {1, :a, [{2, :b, {1, :a, nil, nil}, nil}]}

      assert_raise ErlangError, "Erlang error: {:key_exists, 1}", fn ->
        :gb_trees.insert(1, :b, :gb_trees.from_orddict([{1, :a}]))
      end

      assert :gb_sets.from_list([3, 1, 2, 3]) == {3, {2, {1, nil, nil}, {3, nil, nil}}}

      assert :gb_sets.add(5, :gb_sets.from_list([3, 1, 2])) ==
               {4, {2, {1, nil, nil}, {3, nil, {5, nil, nil}}}}

      assert Enum.reduce(
               [4, 2, 6, 1, 3, 5, 7, 8, 9, 10, 11],
               :gb_sets.new(),
               &:gb_sets.add_element/2
             ) ==
               {11,
                {4, {2, {1, nil, nil}, {3, nil, nil}},
                 {6, {5, nil, nil}, {7, nil, {8, nil, {9, nil, {10, nil, {11, nil, nil}}}}}}}}

      assert :gb_sets.is_member(2, :gb_sets.from_list([1, 2]))
      refute :gb_sets.is_element(9, :gb_sets.from_list([1, 2]))

      assert :gb_sets.take_smallest(:gb_sets.from_list([3, 1, 2])) ==
               {1, {2, {2, nil, {3, nil, nil}}}}

      assert :gb_sets.take_largest(:gb_sets.from_list([3, 1, 2])) ==
               {3, {2, {2, {1, nil, nil}, nil}}}

      assert :gb_sets.smallest(:gb_sets.from_list([3, 1, 2])) == 1
      assert :gb_sets.largest(:gb_sets.from_list([3, 1, 2])) == 3
      assert :gb_sets.delete(2, :gb_sets.from_list([1, 2, 3])) == {2, {3, {1, nil, nil}, nil}}

      assert :gb_sets.del_element(9, :gb_sets.from_list([1, 2, 3])) ==
               {3, {2, {1, nil, nil}, {3, nil, nil}}}

      assert :gb_sets.to_list(
               :gb_sets.union(:gb_sets.from_list([1, 3]), :gb_sets.from_list([2, 3]))
             ) == [1, 2, 3]

      assert :gb_sets.to_list(
               :gb_sets.intersection(:gb_sets.from_list([1, 3]), :gb_sets.from_list([2, 3]))
             ) == [3]

      assert :gb_sets.to_list(
               :gb_sets.subtract(:gb_sets.from_list([1, 3]), :gb_sets.from_list([2, 3]))
             ) == [1]

      assert :gb_sets.size(:gb_sets.from_list([1, 1])) == 1
      assert :gb_sets.fold(&+/2, 0, :gb_sets.from_list([1, 2, 3])) == 6
      assert :gb_sets.singleton(:a) == {1, {:a, nil, nil}}
      assert :sets.size(:sets.from_list([3, 1, 2, 3])) == 3
      assert :sets.is_element(2, :sets.from_list([1, 2]))
      assert :sets.to_list(:sets.from_list([3, 1, 2])) |> Enum.sort() == [1, 2, 3]

      assert :sets.to_list(:sets.union(:sets.from_list([1]), :sets.from_list([2]))) |> Enum.sort() ==
               [1, 2]

      assert :sets.to_list(:sets.subtract(:sets.from_list([1, 2]), :sets.from_list([2]))) == [1]

      assert :sets.to_list(:sets.intersection(:sets.from_list([1, 2]), :sets.from_list([2]))) == [
               2
             ]

      assert :sets.is_subset(:sets.from_list([1]), :sets.from_list([1, 2]))
      assert :sets.fold(&+/2, 0, :sets.from_list([1, 2, 3])) == 6
      assert :sets.size(:sets.add_element(1, :sets.new())) == 1
      assert :sets.size(:sets.del_element(1, :sets.from_list([1]))) == 0
    end
  end

  describe ":crypto.hash/2, mac/4, strong_rand_bytes/1" do
    test "cases" do
      assert :crypto.hash(:md5, "abc") |> Base.encode16() == "900150983CD24FB0D6963F7D28E17F72"

      assert :crypto.hash(:sha, "abc") |> Base.encode16() ==
               "A9993E364706816ABA3E25717850C26C9CD0D89D"

      assert :crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower) ==
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

      assert :crypto.hash(:sha224, ["a", ?b, "c"]) |> Base.encode16() ==
               "23097D223405D8228642A477BDA255B32AADBCE4BDA0B3F7E36C9DA7"

      assert :crypto.hash(:sha384, "") |> Base.encode16() ==
               "38B060A751AC96384CD9327EB1B1E36A21FDB71114BE07434C0CC7BF63F6E1DA274EDEBFE76F65FBD51AD2F14898B95B"

      assert :crypto.hash(:sha512, String.duplicate("x", 300)) |> Base.encode16() ==
               "0DC240AE43B18EEACEF4D7D8D64B945ADE43C989B724D7C7062A8029F3343CAA322B9FBF42D9FF0CDA98F3D7AC5A560CA219B2E73CC041F37052DFA4E84AE624"

      assert :crypto.mac(:hmac, :sha256, "key", "The quick brown fox jumps over the lazy dog")
             |> Base.encode16(case: :lower) ==
               "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"

      assert :crypto.mac(:hmac, :sha, String.duplicate("k", 100), "data") |> Base.encode16() ==
               "E3DC391A03C12663FD33148B959DA47D0C5B8C66"

      assert byte_size(:crypto.strong_rand_bytes(24)) == 24

      assert_raise ErlangError,
                   "Erlang error: {:badarg, {'hash.c', 108}, 'Bad digest type'}",
                   fn -> :crypto.hash(:nope, "a") end
    end
  end

  describe ":ets.match/2, select/2 and friends" do
    test "cases" do
      assert (
               t = :ets.new(:ms1, [])
               :ets.insert(t, [{:a, 1, "x"}, {:b, 2, "y"}, {:c, 3, "x"}])
               :ets.match(t, {:"$1", :_, "x"}) |> Enum.sort()
             ) == [[:a], [:c]]

      assert (
               t = :ets.new(:ms2, [])
               :ets.insert(t, [{:a, 1}, {:b, 2}])
               :ets.match(t, {:"$2", :"$1"}) |> Enum.sort()
             ) == [[1, :a], [2, :b]]

      assert (
               t = :ets.new(:ms3, [])
               :ets.insert(t, [{:a, 1}, {:b, 2}, {:c, 3}])
               :ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 1}], [:"$1"]}]) |> Enum.sort()
             ) == [:b, :c]

      assert (
               t = :ets.new(:ms4, [])
               :ets.insert(t, [{:a, 1}, {:b, 2}])
               :ets.select(t, [{{:"$1", :"$2"}, [], [{{:"$2", :"$1"}}]}]) |> Enum.sort()
             ) == [{1, :a}, {2, :b}]

      assert (
               t = :ets.new(:ms5, [])
               :ets.insert(t, [{:a, 1}, {:b, 2}])

               :ets.select(t, [
                 {{:_, :"$1"}, [{:andalso, {:>, :"$1", 0}, {:<, :"$1", 2}}], [:"$_"]}
               ])
             ) == [a: 1]

      assert (
               t = :ets.new(:ms6, [])
               :ets.insert(t, [{:a, 1}, {:b, 2}])

               {:ets.select_count(t, [{{:_, :"$1"}, [{:"=<", :"$1", 2}], [true]}]),
                :ets.select_delete(t, [{{:_, :"$1"}, [{:==, :"$1", 2}], [true]}]),
                :ets.tab2list(t)}
             ) == {2, 1, [a: 1]}

      assert (
               t = :ets.new(:ms7, [])
               :ets.insert(t, [{:a, 1}, {:b, 1}])
               {:ets.match_delete(t, {:_, 1}), :ets.tab2list(t)}
             ) == {true, []}
    end
  end

  describe ":base64, :binary.encode_hex/1, decode_hex/1" do
    test "cases" do
      assert :base64.encode("hello") == "aGVsbG8="
      assert :base64.encode('hi') == "aGk="
      assert :base64.encode_to_string("hello") == 'aGVsbG8='
      assert :base64.decode("aGVsbG8=") == "hello"
      assert :base64.decode_to_string("aGVsbG8=") == 'hello'
      assert :base64.mime_decode("aGVs\nbG8=") == "hello"
      assert :binary.encode_hex(<<1, 171>>) == "01AB"
      assert :binary.decode_hex("01ab") == <<1, 171>>
    end
  end

  describe ":calendar" do
    test "cases" do
      assert :calendar.is_leap_year(2000)
      refute :calendar.is_leap_year(1900)
      assert :calendar.last_day_of_the_month(2024, 2) == 29
      refute :calendar.valid_date(2023, 2, 29)
      assert :calendar.valid_date({2024, 2, 29})
      assert :calendar.date_to_gregorian_days(2000, 1, 1) == 730_485
      assert :calendar.date_to_gregorian_days({1970, 1, 1}) == 719_528
      assert :calendar.gregorian_days_to_date(730_485) == {2000, 1, 1}
      assert :calendar.datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}) == 62_167_219_200
      assert :calendar.gregorian_seconds_to_datetime(63_113_904_123) == {{2000, 1, 1}, {0, 2, 3}}
      assert :calendar.day_of_the_week(2024, 5, 1) == 3
      assert :calendar.day_of_the_week({2000, 1, 1}) == 6
      assert :calendar.time_to_seconds({1, 2, 3}) == 3723
      assert :calendar.seconds_to_time(3723) == {1, 2, 3}
      assert :calendar.seconds_to_daystime(100_000) == {1, {3, 46, 40}}
      assert :calendar.seconds_to_daystime(-10) == {-1, {23, 59, 50}}

      assert :calendar.time_difference({{2000, 1, 1}, {0, 0, 0}}, {{2000, 1, 2}, {1, 0, 0}}) ==
               {1, {1, 0, 0}}

      assert :calendar.now_to_universal_time({1700, 0, 5}) == {{2023, 11, 14}, {22, 13, 20}}
      assert :calendar.iso_week_number({2021, 1, 3}) == {2020, 53}
      assert :calendar.iso_week_number({2020, 12, 31}) == {2020, 53}
      assert :calendar.iso_week_number({2024, 12, 30}) == {2025, 1}

      assert :calendar.system_time_to_universal_time(1_700_000_000, :second) ==
               {{2023, 11, 14}, {22, 13, 20}}
    end
  end

  describe ":timer" do
    test "cases" do
      assert (
               :timer.send_after(10, :ping)

               receive do
                 :ping -> :got
               after
                 1000 -> :none
               end
             ) == :got

      assert (
               pid = self()
               {:ok, t} = :timer.send_after(5000, pid, :never)
               :timer.cancel(t)
             ) == {:ok, :cancel}

      assert (
               {:ok, i} = :timer.send_interval(5, :tick)

               got =
                 for _ <- 1..3,
                     do:
                       (receive do
                          :tick -> :tick
                        end)

               :timer.cancel(i)
               got
             ) == [:tick, :tick, :tick]

      assert (
               :timer.apply_after(5, Kernel, :send, [self(), :applied])

               receive do
                 :applied -> :applied
               after
                 1000 -> :none
               end
             ) == :applied

      assert :timer.now_diff({0, 2, 5}, {0, 1, 0}) == 1_000_005
      assert :timer.cancel(:nope) == {:error, :badarg}
      assert :timer.hms(1, 1, 1) == 3_661_000
    end
  end

  describe ":string's character-list functions" do
    test "cases" do
      assert :string.left('abc', 5) == 'abc  '
      assert :string.left('abcdef', 3) == 'abc'
      assert :string.left('ab', 4, ?.) == 'ab..'
      assert :string.right('abc', 5) == '  abc'
      assert :string.right('abcdef', 3) == 'def'
      assert :string.centre('ab', 6) == '  ab  '
      assert :string.centre('abc', 6, ?*) == '*abc**'
      assert :string.centre('abcdef', 3) == 'bcd'
      assert :string.sub_string('hello', 2) == 'ello'
      assert :string.sub_string('hello', 2, 3) == 'el'
      assert :string.sub_word(' hello world ', 2) == 'world'
      assert :string.sub_word('a,b,c', 2, ?,) == 'b'
      assert :string.sub_word('a b', 5) == []
      assert :string.span('abcxyz', 'cba') == 3
      assert :string.cspan('abcxyz', 'yx') == 3
      assert :string.list_to_integer('12ab') == {12, 'ab'}
      assert :string.list_to_integer('ab') == {:error, :no_integer}
      assert :string.list_to_float('1.5x') == {1.5, 'x'}
      assert :string.list_to_float('x') == {:error, :no_float}
    end
  end
end
