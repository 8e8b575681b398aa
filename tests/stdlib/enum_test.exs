defmodule EnumTest do
  use ExUnit.Case, async: true

  describe "all?/1, all?/2, any?/1, any?/2" do
    test "truthiness and predicates" do
      assert Enum.all?([1, true, :a])
      refute Enum.all?([1, nil])
      assert Enum.all?([])
      assert Enum.all?([2, 4], &(rem(&1, 2) == 0))
      refute Enum.any?([])
      assert Enum.any?([false, nil, 0])
      assert Enum.any?(1..3, &(&1 > 2))
      refute Enum.any?(%{}, fn _ -> true end)
    end
  end

  describe "at/2, at/3, fetch/2, fetch!/2" do
    test "positive and negative indices" do
      assert Enum.at([1, 2, 3], 0) == 1
      assert Enum.at([1, 2, 3], -1) == 3
      assert Enum.at([1, 2, 3], 3) == nil
      assert Enum.at([1, 2, 3], -4, :none) == :none
      assert Enum.at(1..10, 4) == 5
      assert Enum.fetch([1, 2], 1) == {:ok, 2}
      assert Enum.fetch([1, 2], 2) == :error
      assert Enum.fetch(1..3, -3) == {:ok, 1}
      assert Enum.fetch!([:a], 0) == :a
    end

    test "fetch! out of range" do
      assert_raise Enum.OutOfBoundsError, "out of bounds error", fn -> Enum.fetch!([1], 5) end
    end
  end

  describe "chunk_by/2, chunk_every/2,3,4, chunk_while/4" do
    test "chunks" do
      assert Enum.chunk_by([1, 2, 2, 3, 4, 4, 6, 7, 7], &(rem(&1, 2) == 1)) ==
               [[1], [2, 2], [3], [4, 4, 6], [7, 7]]

      assert Enum.chunk_by([], & &1) == []
      assert Enum.chunk_every([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
      assert Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, :discard) == [[1, 2, 3], [3, 4, 5]]
      assert Enum.chunk_every([1, 2, 3, 4], 3, 3, [7]) == [[1, 2, 3], [4, 7]]
      assert Enum.chunk_every([1, 2, 3, 4], 10, 10, []) == [[1, 2, 3, 4]]
      assert Enum.chunk_every(1..6, 3, 2) == [[1, 2, 3], [3, 4, 5], [5, 6]]

      chunk_fun = fn el, acc ->
        if rem(el, 2) == 0, do: {:cont, Enum.reverse([el | acc]), []}, else: {:cont, [el | acc]}
      end

      after_fun = fn
        [] -> {:cont, []}
        acc -> {:cont, Enum.reverse(acc), []}
      end

      assert Enum.chunk_while(1..10, [], chunk_fun, after_fun) ==
               [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]
    end

    test "bad chunk size" do
      assert_raise FunctionClauseError, fn -> Enum.chunk_every([1], 0) end
    end
  end

  describe "concat/1, concat/2" do
    test "concatenates" do
      assert Enum.concat([[1, 2], [3], []]) == [1, 2, 3]
      assert Enum.concat([1..2, [3]]) == [1, 2, 3]
      assert Enum.concat([1], 2..3) == [1, 2, 3]
      assert Enum.concat([], []) == []
    end
  end

  describe "count/1, count/2, count_until/2, count_until/3" do
    test "counts" do
      assert Enum.count([1, 2, 3]) == 3
      assert Enum.count(%{a: 1}) == 1
      assert Enum.count(1..10//3) == 4
      assert Enum.count([1, 2, 3], &(&1 > 1)) == 2
      assert Enum.count_until(1..100, 5) == 5
      assert Enum.count_until([1, 2], 5) == 2
      assert Enum.count_until(1..20, &(rem(&1, 2) == 0), 7) == 7
    end
  end

  describe "dedup/1, dedup_by/2, uniq/1, uniq_by/2, frequencies/1, frequencies_by/2" do
    test "dups" do
      assert Enum.dedup([1, 1, 2, 1, 1.0, 3, 3]) == [1, 2, 1, 1.0, 3]
      assert Enum.dedup_by([5, 1, 2, 3, 2, 1], &(&1 > 2)) == [5, 1, 3, 2]
      assert Enum.uniq([1, 2, 1, 3, 2, 1.0]) == [1, 2, 3, 1.0]
      assert Enum.uniq_by([{1, :x}, {2, :y}, {1, :z}], &elem(&1, 0)) == [{1, :x}, {2, :y}]
      assert Enum.frequencies(~w(a b a c a)) == %{"a" => 3, "b" => 1, "c" => 1}
      assert Enum.frequencies_by(~w(aa B b), &String.downcase/1) == %{"aa" => 1, "b" => 2}
    end
  end

  describe "drop/2, drop_every/2, drop_while/2, take/2, take_every/2, take_while/2" do
    test "drop and take" do
      assert Enum.drop([1, 2, 3], 2) == [3]
      assert Enum.drop([1, 2, 3], 10) == []
      assert Enum.drop([1, 2, 3], -1) == [1, 2]
      assert Enum.drop(1..5, -2) == [1, 2, 3]
      assert Enum.drop_every(1..10, 2) == [2, 4, 6, 8, 10]
      assert Enum.drop_every([1, 2], 0) == [1, 2]
      assert Enum.drop_every([1, 2, 3], 1) == []
      assert Enum.drop_while([1, 2, 3, 1], &(&1 < 3)) == [3, 1]
      assert Enum.take([1, 2, 3], 2) == [1, 2]
      assert Enum.take([1, 2, 3], -2) == [2, 3]
      assert Enum.take([1, 2, 3], 0) == []
      assert Enum.take(1..3, 10) == [1, 2, 3]
      assert Enum.take_every(1..10, 3) == [1, 4, 7, 10]
      assert Enum.take_every([1, 2], 0) == []
      assert Enum.take_while([1, 2, 3, 1], &(&1 < 3)) == [1, 2]
    end
  end

  describe "each/2, map/2, flat_map/2, filter/2, reject/2, split_with/2" do
    test "mapping and filtering" do
      assert Enum.each([1, 2], fn x -> send(self(), x) end) == :ok
      assert_received 1
      assert_received 2
      assert Enum.map(%{a: 1}, fn {k, v} -> {v, k} end) == [{1, :a}]
      assert Enum.map(1..3, &(&1 * 2)) == [2, 4, 6]
      assert Enum.flat_map([1, 2], &[&1, &1]) == [1, 1, 2, 2]
      assert Enum.flat_map([1, 2], fn x -> x..(x + 1) end) == [1, 2, 2, 3]
      assert Enum.filter(1..6, &(rem(&1, 3) == 0)) == [3, 6]
      assert Enum.reject(1..6, &(rem(&1, 3) == 0)) == [1, 2, 4, 5]
      assert Enum.split_with([5, 4, 3, 2], &(rem(&1, 2) == 0)) == {[4, 2], [5, 3]}
    end

    test "not enumerable" do
      assert_raise Protocol.UndefinedError, fn -> Enum.map(:atom, & &1) end
    end
  end

  describe "empty?/1, member?/2, find/2,3, find_index/2, find_value/2,3" do
    test "searching" do
      assert Enum.empty?([])
      assert Enum.empty?(%{})
      refute Enum.empty?(1..1)
      assert Enum.member?(1..10, 5)
      refute Enum.member?([1, 2], 1.0)
      assert Enum.member?(%{a: 1}, {:a, 1})
      assert Enum.find([1, 2, 3], &(&1 > 1)) == 2
      assert Enum.find([1], &(&1 > 1)) == nil
      assert Enum.find([1], :none, &(&1 > 1)) == :none
      assert Enum.find_index([1, 2, 3], &(&1 == 3)) == 2
      assert Enum.find_index([1], &(&1 == 3)) == nil
      assert Enum.find_value([1, 2, 3], &(&1 > 1 && &1 * 10)) == 20
      assert Enum.find_value([], :d, & &1) == :d
    end
  end

  describe "group_by/2,3, into/2,3, map_join/2,3, join/1,2, intersperse/2" do
    test "grouping and joining" do
      assert Enum.group_by(~w(ant buffalo cat dingo), &String.length/1) ==
               %{3 => ["ant", "cat"], 5 => ["dingo"], 7 => ["buffalo"]}

      assert Enum.group_by(~w(ant cat), &String.length/1, &String.upcase/1) == %{
               3 => ["ANT", "CAT"]
             }

      assert Enum.into([a: 1], %{}) == %{a: 1}
      assert Enum.into([1, 2], []) == [1, 2]
      assert Enum.into(%{a: 1}, %{b: 2}, fn {k, v} -> {k, v * 2} end) == %{a: 2, b: 2}
      assert Enum.into(["a", "b"], "") == "ab"
      assert Enum.join([1, "a", :b]) == "1ab"
      assert Enum.join([1, 2], ", ") == "1, 2"
      assert Enum.join([], ",") == ""
      assert Enum.map_join([1, 2], "-", &(&1 * 2)) == "2-4"
      assert Enum.map_join(1..3, &to_string/1) == "123"
      assert Enum.intersperse([1, 2, 3], 0) == [1, 0, 2, 0, 3]
      assert Enum.intersperse([], 0) == []
    end
  end

  describe "max/1,2,3, min/1,2,3, max_by/2,3,4, min_by/2,3,4, min_max/1,2, min_max_by/2,3" do
    test "extremes" do
      assert Enum.max([1, 3, 2]) == 3
      assert Enum.max([1, 1.0]) == 1
      assert Enum.min(["b", "a"]) == "a"
      assert Enum.max([], fn -> :empty end) == :empty
      assert Enum.min([~D[2020-01-02], ~D[2019-12-31]], Date) == ~D[2019-12-31]
      assert Enum.max_by(["a", "aaa", "bb"], &String.length/1) == "aaa"
      assert Enum.min_by(["a", "aaa", "b"], &String.length/1) == "a"
      assert Enum.max_by([], & &1, fn -> nil end) == nil
      assert Enum.min_max([3, 1, 2]) == {1, 3}
      assert Enum.min_max_by(["aaa", "b", "cc"], &String.length/1) == {"b", "aaa"}
      assert Enum.max([1, 2, 3], &>=/2) == 3
    end

    test "empty errors" do
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.max([]) end
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.min_max([]) end
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.min_by([], & &1) end
    end
  end

  describe "reduce/2,3, reduce_while/3, scan/2,3, map_reduce/3, flat_map_reduce/3" do
    test "folds" do
      assert Enum.reduce([1, 2, 3], &+/2) == 6
      assert Enum.reduce([1, 2, 3], [], &[&1 | &2]) == [3, 2, 1]
      assert Enum.reduce(1..4, 0, &(&1 + &2)) == 10

      assert Enum.reduce_while(1..100, 0, fn x, acc ->
               if x < 5, do: {:cont, acc + x}, else: {:halt, acc}
             end) == 10

      assert Enum.scan(1..4, &+/2) == [1, 3, 6, 10]
      assert Enum.scan([1, 2], 10, &+/2) == [11, 13]
      assert Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, x + acc} end) == {[2, 4, 6], 6}

      assert Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc ->
               if acc < 2, do: {[x, x], acc + 1}, else: {:halt, acc}
             end) == {[1, 1, 2, 2], 2}
    end

    test "reduce/2 on empty" do
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.reduce([], &+/2) end
    end
  end

  describe "reverse/1,2, reverse_slice/3, slice/2,3, slide/3" do
    test "slicing" do
      assert Enum.reverse(1..3) == [3, 2, 1]
      assert Enum.reverse([1, 2], [3]) == [2, 1, 3]
      assert Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 3) == [1, 2, 5, 4, 3, 6]
      assert Enum.slice([1, 2, 3, 4, 5], 1, 2) == [2, 3]
      assert Enum.slice([1, 2, 3, 4, 5], 1..-2) == [2, 3, 4]
      assert Enum.slice(1..10, -3, 2) == [8, 9]
      assert Enum.slice([1, 2, 3], 5, 1) == []
      assert Enum.slice([1, 2, 3], 0..10) == [1, 2, 3]
      assert Enum.slice(1..10, 0..9//3) == [1, 4, 7, 10]
      assert Enum.slide([:a, :b, :c, :d, :e], 1, 3) == [:a, :c, :d, :b, :e]
      assert Enum.slide([:a, :b, :c, :d, :e], 3..4, 0) == [:d, :e, :a, :b, :c]
    end
  end

  describe "sort/1,2, sort_by/2,3, shuffle/1, random/1, take_random/2" do
    test "sorting" do
      assert Enum.sort([3, 1, 2]) == [1, 2, 3]
      assert Enum.sort([3, 1, 2], :desc) == [3, 2, 1]
      assert Enum.sort([1, :a, "b", 2.0]) == [1, 2.0, :a, "b"]
      assert Enum.sort([~D[2020-03-01], ~D[2019-05-01]], Date) == [~D[2019-05-01], ~D[2020-03-01]]

      assert Enum.sort([~D[2020-03-01], ~D[2019-05-01]], {:desc, Date}) == [
               ~D[2020-03-01],
               ~D[2019-05-01]
             ]

      assert Enum.sort_by(["bb", "a", "ccc"], &String.length/1) == ["a", "bb", "ccc"]

      assert Enum.sort_by([{1, :b}, {1, :a}, {0, :c}], &elem(&1, 0), :desc) == [
               {1, :b},
               {1, :a},
               {0, :c}
             ]

      assert Enum.sort(fn -> :x end |> List.wrap()) |> length() == 1
      assert Enum.sort(Enum.shuffle(1..10)) == Enum.to_list(1..10)
      assert Enum.random([7]) == 7
      assert Enum.random(1..3) in 1..3
      assert length(Enum.take_random(1..10, 3)) == 3
      assert Enum.take_random([1], 5) == [1]
    end

    test "random of empty" do
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.random([]) end
    end
  end

  describe "split/2, split_while/2, sum/1, product/1, to_list/1, with_index/1,2, zip*/1,2,3, unzip/1" do
    test "the rest" do
      assert Enum.split([1, 2, 3], 1) == {[1], [2, 3]}
      assert Enum.split([1, 2, 3], -1) == {[1, 2], [3]}
      assert Enum.split([1, 2, 3], 10) == {[1, 2, 3], []}
      assert Enum.split_while([1, 2, 3], &(&1 < 2)) == {[1], [2, 3]}
      assert Enum.sum([1, 2.5]) == 3.5
      assert Enum.sum([]) == 0
      assert Enum.sum(1..100) == 5050
      assert Enum.product([2, 3]) == 6
      assert Enum.product([]) == 1
      assert Enum.to_list(%{a: 1}) == [a: 1]
      assert Enum.to_list(3..1) == [3, 2, 1]
      assert Enum.with_index([:a, :b]) == [a: 0, b: 1]
      assert Enum.with_index([:a, :b], 1) == [a: 1, b: 2]
      assert Enum.with_index([:a, :b], fn x, i -> {i, x} end) == [{0, :a}, {1, :b}]
      assert Enum.zip([1, 2, 3], [:a, :b]) == [{1, :a}, {2, :b}]
      assert Enum.zip([[1, 2], [3, 4], [5, 6]]) == [{1, 3, 5}, {2, 4, 6}]
      assert Enum.zip([]) == []
      assert Enum.zip_with([1, 2], [3, 4], &+/2) == [4, 6]
      assert Enum.zip_with([[1, 2], [3, 4]], &Enum.sum/1) == [4, 6]
      assert Enum.zip_reduce([1, 2], [3, 4], 0, fn x, y, acc -> x * y + acc end) == 11

      assert Enum.zip_reduce([[1, 2], [3, 4]], [], fn xs, acc -> [Enum.sum(xs) | acc] end) == [
               6,
               4
             ]

      assert Enum.unzip(a: 1, b: 2) == {[:a, :b], [1, 2]}
    end

    test "sum of non-numbers" do
      assert_raise ArithmeticError, "bad argument in arithmetic expression", fn ->
        Enum.sum([1, :a])
      end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Enum.map_every(1..10, 2, &(&1 * 100)) == [100, 2, 300, 4, 500, 6, 700, 8, 900, 10]
      assert Enum.map_every([1, 2, 3], 0, &(&1 * 100)) == [1, 2, 3]
      assert Enum.map_every([1, 2, 3], 1, &(&1 * 100)) == [100, 200, 300]
      assert Enum.map_intersperse([1, 2, 3], :a, &(&1 * 2)) == [2, :a, 4, :a, 6]
      assert Enum.map_intersperse([], :a, &(&1 * 2)) == []
      assert Enum.split_with(%{a: 1, b: -1}, fn {_k, v} -> v > 0 end) == {[a: 1], [b: -1]}
      assert Enum.chunk_every([], 2) == []
      assert Enum.chunk_every([1, 2, 3], 2, 1) == [[1, 2], [2, 3], [3]]
      assert Enum.chunk_every([1, 2, 3, 4, 5], 2, 3) == [[1, 2], [4, 5]]

      assert_raise FunctionClauseError, "no function clause matching in Enum.chunk_every/4", fn ->
        Enum.chunk_every([1, 2], -1)
      end

      assert_raise FunctionClauseError, "no function clause matching in Enum.slice/3", fn ->
        Enum.slice([1, 2, 3], 1, -1)
      end

      assert Enum.slice([1, 2, 3], -1..0) == []
      assert Enum.slice([1, 2, 3], 1..-1//1) == [2, 3]
      assert Enum.slice([1, 2, 3, 4, 5], -3..-1) == [3, 4, 5]
      assert Enum.slice([1, 2, 3], 3..5) == []
      assert Enum.slice(%{a: 1, b: 2}, 0, 1) == [a: 1]

      assert_raise ArgumentError,
                   "Enum.slice/2 does not accept ranges with negative steps, got: 0..2//-1",
                   fn -> Enum.slice([1, 2, 3], 0..2//-1) end

      assert Enum.at(%{a: 1}, 0) == {:a, 1}
      assert Enum.at([], 0, :d) == :d

      assert_raise FunctionClauseError, "no function clause matching in Enum.take_every/2", fn ->
        Enum.take_every([1, 2, 3], -1)
      end

      assert_raise FunctionClauseError, "no function clause matching in Enum.take/2", fn ->
        Enum.take(1..3, :a)
      end

      assert_raise FunctionClauseError, "no function clause matching in Enum.drop/2", fn ->
        Enum.drop([1], 1.5)
      end

      assert Enum.zip([1, 2], 1..5) == [{1, 1}, {2, 2}]
      assert Enum.zip([[1, 2], []]) == []
      assert Enum.zip(%{a: 1}, [2]) == [{{:a, 1}, 2}]
      assert Enum.with_index(%{a: 1}) == [{{:a, 1}, 0}]

      assert_raise FunctionClauseError, "no function clause matching in Enum.unzip/3", fn ->
        Enum.unzip([{1, 2}, {3}])
      end

      assert_raise UndefinedFunctionError, "function Enum.sum/2 is undefined or private", fn ->
        Enum.sum([1, 2], 3)
      end

      assert Enum.reduce([], 0, &+/2) == 0
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.reduce(%{}, &+/2) end
      assert Enum.into([a: 1, b: 2], %{}, fn {k, v} -> {v, k} end) == %{1 => :a, 2 => :b}
      assert Enum.into(%{a: 1}, []) == [a: 1]
      assert Enum.into([1, 2], MapSet.new()) == MapSet.new([1, 2])
      assert_raise ArgumentError, "argument error", fn -> Enum.into([:a], %{}) end

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for \"ab\" of type BitString",
                   fn -> Enum.into("ab", "") end

      assert Enum.join([[?a], "b", 1.5], "-") == "a-b-1.5"

      assert_raise Protocol.UndefinedError,
                   "protocol String.Chars not implemented for %{} of type Map",
                   fn -> Enum.join([%{}], ",") end

      assert_raise FunctionClauseError, "no function clause matching in Enum.join/2", fn ->
        Enum.join(["a"], 1)
      end

      assert Enum.max([1, :a, "s", [1], {1}]) == "s"
      assert Enum.max_by([%{a: 2}, %{a: 1}], & &1.a, &<=/2) == %{a: 1}
      assert Enum.min_by([], & &1, fn -> :none end) == :none
      assert Enum.sort_by([%{n: "b"}, %{n: "a"}], & &1.n, :desc) == [%{n: "b"}, %{n: "a"}]
      assert Enum.sort([3, 1, 2], &>=/2) == [3, 2, 1]
      assert Enum.sort([1.0, 1], :asc) == [1.0, 1]
      assert Enum.sort([1, 1.0], :desc) == [1, 1.0]
      assert Enum.sort([[2], [1, 2], [1]]) == [[1], [1, 2], [2]]
      assert Enum.sort_by(["aa", "b"], &String.length/1, &<=/2) == ["b", "aa"]
      assert Enum.sort(%{b: 1, a: 2}) == [a: 2, b: 1]

      assert_raise UndefinedFunctionError,
                   "function :nope.compare/2 is undefined (module :nope is not available)",
                   fn -> Enum.sort([3, 1], :nope) end

      assert Enum.uniq([[1], [1], {1}]) == [[1], {1}]
      assert Enum.dedup([]) == []
      assert Enum.frequencies([]) == %{}
      assert Enum.group_by([], & &1) == %{}
      assert Enum.find_index(%{a: 1}, fn {k, _} -> k == :a end) == 0
      assert Enum.filter(%{a: 1, b: 2}, fn {_k, v} -> v > 1 end) == [b: 2]
      assert Enum.map(%{}, & &1) == []

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for \"abc\" of type BitString",
                   fn -> Enum.map("abc", & &1) end

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for nil of type Atom",
                   fn -> Enum.map(nil, & &1) end

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for nil of type Atom",
                   fn -> Enum.count(nil) end

      assert_raise BadFunctionError, "expected a function, got: 1", fn -> Enum.each(1..3, 1) end
      assert Enum.reverse(%{a: 1}) == [a: 1]
      refute Enum.member?(1..3, 2.0)
      assert Enum.member?(1..3, 2)
      refute Enum.member?(%{a: 1}, :a)
      assert Enum.empty?(1..0//1)
      assert Enum.concat([[], [], [1]]) == [1]
      assert Enum.concat([%{a: 1}, [b: 2]]) == [a: 1, b: 2]
      assert Enum.flat_map(%{a: [1, 2]}, fn {_, v} -> v end) == [1, 2]

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for 1 of type Integer",
                   fn -> Enum.flat_map([1], fn x -> x end) end

      assert Enum.product([2, 2.5]) == 5.0

      assert_raise BadFunctionError, "expected a function, got: 3", fn ->
        Enum.count([1, 2], 3)
      end

      assert_raise Enum.OutOfBoundsError, "out of bounds error", fn -> Enum.fetch!([], 0) end
      assert_raise Enum.OutOfBoundsError, "out of bounds error", fn -> Enum.fetch!(1..3, 3) end
      assert Enum.fetch!(1..3, -3) == 1
      assert Enum.reverse_slice([1, 2, 3], 5, 2) == [1, 2, 3]
      assert Enum.reverse_slice([1, 2, 3], 0, 10) == [3, 2, 1]
      assert Enum.slide([1, 2, 3, 4, 5], 0..1, 3) == [3, 4, 1, 2, 5]
      assert Enum.slide([1, 2, 3], 1, 1) == [1, 2, 3]
      assert Enum.slide([1, 2, 3], 0, 5) == [2, 3, 1]
      assert Enum.slide([1, 2, 3], 0..1, 2) == [3, 1, 2]
      assert_raise Enum.EmptyError, "empty error", fn -> Enum.random(%{}) end
      assert Enum.take_random([], 3) == []
      assert Enum.take_random(1..5, 0) == []
      assert Enum.scan([], &+/2) == []
      assert Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0)) == [{1, :a}, {2, :c}]
      assert Enum.with_index([], 3) == []
      assert Enum.zip_with([], & &1) == []

      assert Enum.chunk_while([1, 2, 3], [], fn x, acc -> {:cont, [x | acc]} end, fn acc ->
               {:cont, Enum.reverse(acc), []}
             end) == [[1, 2, 3]]

      assert Enum.chunk_while(
               [1, 2, 3],
               0,
               fn x, acc -> if x == 2, do: {:halt, acc}, else: {:cont, [x], acc} end,
               fn acc -> {:cont, acc} end
             ) == [[1]]

      assert_raise Enum.EmptyError, "empty error", fn -> Enum.min_max_by([], & &1) end
      assert Enum.min_max([], fn -> :e end) == :e
      assert Enum.split(1..5, -7) == {[], [1, 2, 3, 4, 5]}
      assert Enum.drop_every([], 2) == []
      assert Enum.uniq_by(%{a: 1, b: 1}, fn {_, v} -> v end) == [a: 1]
      assert Enum.reduce_while([], :acc, fn _, a -> {:cont, a} end) == :acc
      assert Enum.map_reduce(%{a: 1}, 0, fn {k, v}, acc -> {k, v + acc} end) == {[:a], 1}
      assert Enum.all?(%{a: 1}, fn {_, v} -> v == 1 end)
      refute Enum.any?(1..3, fn x -> x == 5 end)
    end
  end
end
