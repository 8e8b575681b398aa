defmodule KeywordTest do
  use ExUnit.Case, async: true

  describe "new/0,1,2, keyword?/1, keys/1, values/1, to_list/1" do
    test "building" do
      assert Keyword.new() == []
      assert Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]) == [a: 2, b: 3]
      assert Keyword.new([:a, :b], &{&1, 0}) == [a: 0, b: 0]
      assert Keyword.keyword?(a: 1)
      assert Keyword.keyword?([])
      refute Keyword.keyword?([{1, 2}])
      refute Keyword.keyword?(%{})
      assert Keyword.keys(a: 1, b: 2, a: 3) == [:a, :b, :a]
      assert Keyword.values(a: 1, b: 2) == [1, 2]
      assert Keyword.to_list(a: 1) == [a: 1]
    end
  end

  describe "get/2,3, get_lazy/3, get_values/2, fetch/2, fetch!/2, has_key?/2" do
    test "reading" do
      kw = [a: 1, b: 2, a: 3]
      assert Keyword.get(kw, :a) == 1
      assert Keyword.get(kw, :z) == nil
      assert Keyword.get(kw, :z, 0) == 0
      assert Keyword.get_lazy(kw, :z, fn -> 5 end) == 5
      assert Keyword.get_values(kw, :a) == [1, 3]
      assert Keyword.get_values(kw, :z) == []
      assert Keyword.fetch(kw, :b) == {:ok, 2}
      assert Keyword.fetch(kw, :z) == :error
      assert Keyword.fetch!(kw, :a) == 1
      assert Keyword.has_key?(kw, :b)
      refute Keyword.has_key?(kw, :z)
    end

    test "fetch! missing" do
      assert_raise KeyError, "key :z not found in: [a: 1]", fn -> Keyword.fetch!([a: 1], :z) end
    end
  end

  describe "put/3, put_new/3, put_new_lazy/3, replace/3, replace!/3, update/4, update!/3" do
    test "writing" do
      assert Keyword.put([a: 1, b: 2, a: 3], :a, 0) == [a: 0, b: 2]
      assert Keyword.put_new([a: 1], :a, 0) == [a: 1]
      assert Keyword.put_new([a: 1], :b, 0) == [b: 0, a: 1]
      assert Keyword.put_new_lazy([], :b, fn -> 0 end) == [b: 0]
      assert Keyword.replace([a: 1, b: 2, a: 3], :a, 0) == [a: 0, b: 2]
      assert Keyword.replace([a: 1], :b, 0) == [a: 1]
      assert Keyword.replace!([a: 1], :a, 0) == [a: 0]
      assert Keyword.update([a: 1, a: 2], :a, 0, &(&1 * 10)) == [a: 10]
      assert Keyword.update([a: 1], :b, 0, &(&1 * 10)) == [a: 1, b: 0]
      assert Keyword.update!([a: 1, b: 2], :b, &(&1 * 10)) == [a: 1, b: 20]
    end

    test "missing keys" do
      assert_raise KeyError, "key :b not found in: [a: 1]", fn ->
        Keyword.replace!([a: 1], :b, 0)
      end

      assert_raise KeyError, "key :b not found in: [a: 1]", fn ->
        Keyword.update!([a: 1], :b, & &1)
      end
    end
  end

  describe "delete/2, delete_first/2, drop/2, take/2, pop/2,3, pop!/2, pop_first/2,3, pop_lazy/3, pop_values/2, split/2" do
    test "removing" do
      kw = [a: 1, b: 2, a: 3]
      assert Keyword.delete(kw, :a) == [b: 2]
      assert Keyword.delete_first(kw, :a) == [b: 2, a: 3]
      assert Keyword.drop(kw, [:b]) == [a: 1, a: 3]
      assert Keyword.take(kw, [:a]) == [a: 1, a: 3]
      assert Keyword.pop(kw, :a) == {1, [b: 2]}
      assert Keyword.pop(kw, :z, 0) == {0, kw}
      assert Keyword.pop!(kw, :b) == {2, [a: 1, a: 3]}
      assert Keyword.pop_first(kw, :a) == {1, [b: 2, a: 3]}
      assert Keyword.pop_first(kw, :z, :d) == {:d, kw}
      assert Keyword.pop_lazy(kw, :z, fn -> 9 end) == {9, kw}
      assert Keyword.pop_values(kw, :a) == {[1, 3], [b: 2]}
      assert Keyword.split(kw, [:a]) == {[a: 1, a: 3], [b: 2]}
    end

    test "pop! missing" do
      assert_raise KeyError, "key :z not found in: [a: 1]", fn -> Keyword.pop!([a: 1], :z) end
    end
  end

  describe "merge/2,3, equal?/2, filter/2, reject/2, get_and_update/3, validate/2" do
    test "combining" do
      assert Keyword.merge([a: 1, b: 2], a: 3, d: 4) == [b: 2, a: 3, d: 4]
      assert Keyword.merge([a: 1, b: 2], [a: 3], fn _k, v1, v2 -> v1 + v2 end) == [b: 2, a: 4]
      assert Keyword.equal?([a: 1, b: 2], b: 2, a: 1)
      refute Keyword.equal?([a: 1], a: 2)
      assert Keyword.filter([a: 1, b: 2], fn {_, v} -> v > 1 end) == [b: 2]
      assert Keyword.reject([a: 1, b: 2], fn {_, v} -> v > 1 end) == [a: 1]
      assert Keyword.get_and_update([a: 1], :a, &{&1, 5}) == {1, [a: 5]}
      assert Keyword.get_and_update([a: 1], :b, &{&1, 5}) == {nil, [b: 5, a: 1]}
      assert Keyword.get_and_update!([a: 1], :a, fn _ -> :pop end) == {1, []}
      assert Keyword.validate([a: 1], [:a, b: 2]) == {:ok, [b: 2, a: 1]}
      assert Keyword.validate([c: 1], [:a]) == {:error, [:c]}
      assert Keyword.validate!([], a: 1) == [a: 1]
    end

    test "merge with a non-keyword" do
      assert_raise ArgumentError, fn -> Keyword.merge([a: 1], [1]) end
    end

    test "validate! unknown keys" do
      assert_raise ArgumentError,
                   "unknown keys [:c] in [c: 1], the allowed keys are: [:a]",
                   fn -> Keyword.validate!([c: 1], [:a]) end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Keyword.from_keys([:a, :b], 1) == [a: 1, b: 1]
      assert Keyword.replace_lazy([a: 1], :a, &(&1 + 1)) == [a: 2]
      assert Keyword.replace_lazy([b: 1], :a, &(&1 + 1)) == [b: 1]
      assert Keyword.get([], :a) == nil

      assert_raise FunctionClauseError, "no function clause matching in Keyword.get/3", fn ->
        Keyword.get([{"a", 1}], "a")
      end

      assert_raise FunctionClauseError, "no function clause matching in Keyword.get/3", fn ->
        Keyword.get(%{a: 1}, :a)
      end

      assert_raise FunctionClauseError, "no function clause matching in Keyword.put/3", fn ->
        Keyword.put([], "a", 1)
      end

      assert_raise FunctionClauseError, "no function clause matching in Keyword.put_new/3", fn ->
        Keyword.new([{"a", 1}])
      end

      assert Keyword.new(%{b: 1, a: 2}) == [a: 2, b: 1]

      assert_raise FunctionClauseError, "no function clause matching in Keyword.merge/2", fn ->
        Keyword.merge([a: 1], %{b: 2})
      end

      assert Keyword.merge([], []) == []
      assert Keyword.delete([a: 1, b: 2, a: 3], :z) == [a: 1, b: 2, a: 3]
      assert Keyword.take([a: 1], [:z]) == []
      assert_raise KeyError, "key :a not found in: []", fn -> Keyword.update!([], :a, & &1) end
      assert_raise KeyError, "key :a not found in: []", fn -> Keyword.fetch!([], :a) end
      assert Keyword.get_values([], :a) == []
      assert Keyword.split([a: 1, b: 2], [:z]) == {[], [a: 1, b: 2]}
      assert Keyword.pop_first([], :a) == {nil, []}
      assert Keyword.pop_values([a: 1], :z) == {[], [a: 1]}
      assert Keyword.validate([a: 1, a: 2], [:a]) == {:error, [:a]}
      assert Keyword.validate([a: 1], [:a, :b]) == {:ok, [a: 1]}

      assert_raise ArgumentError,
                   "expected a keyword list as first argument, got invalid entry: 1",
                   fn -> Keyword.validate([1], [:a]) end

      assert_raise ArgumentError,
                   "unknown keys [:c, :b] in [b: 1, c: 2], the allowed keys are: [:a]",
                   fn -> Keyword.validate!([b: 1, c: 2], [:a]) end

      assert Keyword.validate!([a: 1], a: 2, b: 3) == [b: 3, a: 1]
      assert Keyword.keyword?(a: 1, b: 2, a: 3)
      refute Keyword.keyword?([{:a, 1, 2}])
      refute Keyword.keyword?([{:a, 1} | :b])
      assert Keyword.equal?([a: 1, a: 2], a: 2, a: 1)
      assert Keyword.has_key?([a: nil], :a)
      assert Keyword.put_new([a: 1, a: 2], :a, 3) == [a: 1, a: 2]
      assert Keyword.update([a: 1, b: 2, a: 3], :a, 0, &(&1 + 10)) == [a: 11, b: 2]
    end
  end
end
