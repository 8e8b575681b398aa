defmodule MapTest do
  use ExUnit.Case, async: true

  describe "new/0,1,2, from_struct/1, to_list/1, keys/1, values/1" do
    test "building" do
      assert Map.new() == %{}
      assert Map.new([{:a, 1}, {:a, 2}]) == %{a: 2}
      assert Map.new(1..3, &{&1, &1 * &1}) == %{1 => 1, 2 => 4, 3 => 9}
      assert Map.new(%{a: 1}) == %{a: 1}
      assert Map.from_struct(%URI{host: "h"})[:host] == "h"
      refute Map.has_key?(Map.from_struct(URI), :__struct__)
      assert Map.to_list(%{b: 2, a: 1}) == [a: 1, b: 2]
      assert Map.keys(%{1 => :a, 2 => :b}) == [1, 2]
      assert Map.values(%{a: 1, b: 2}) == [1, 2]
    end
  end

  describe "get/2,3, get_lazy/3, fetch/2, fetch!/2, has_key?/2" do
    test "reading" do
      m = %{"b" => nil, a: 1}
      assert Map.get(m, :a) == 1
      assert Map.get(m, :z) == nil
      assert Map.get(m, :z, 0) == 0
      assert Map.get(m, "b", 0) == nil
      assert Map.get_lazy(m, :z, fn -> :lazy end) == :lazy
      assert Map.fetch(m, :a) == {:ok, 1}
      assert Map.fetch(m, :z) == :error
      assert Map.fetch!(m, "b") == nil
      assert Map.has_key?(m, "b")
      refute Map.has_key?(m, :b)
    end

    test "fetch! missing" do
      assert_raise KeyError, "key :z not found in: %{a: 1}", fn -> Map.fetch!(%{a: 1}, :z) end
    end

    test "bad map" do
      assert_raise BadMapError, "expected a map, got: [a: 1]", fn -> Map.get([a: 1], :a) end
      assert_raise BadMapError, "expected a map, got: nil", fn -> Map.keys(nil) end
    end
  end

  describe "put/3, put_new/3, put_new_lazy/3, replace/3, replace!/3, replace_lazy/3, update/4, update!/3" do
    test "writing" do
      assert Map.put(%{}, :a, 1) == %{a: 1}
      assert Map.put(%{a: 1}, :a, 2) == %{a: 2}
      assert Map.put_new(%{a: 1}, :a, 2) == %{a: 1}
      assert Map.put_new(%{a: 1}, :b, 2) == %{a: 1, b: 2}
      assert Map.put_new_lazy(%{}, :a, fn -> 3 end) == %{a: 3}
      assert Map.replace(%{a: 1}, :a, 2) == %{a: 2}
      assert Map.replace(%{a: 1}, :b, 2) == %{a: 1}
      assert Map.replace!(%{a: 1}, :a, 2) == %{a: 2}
      assert Map.replace_lazy(%{a: 1}, :a, &(&1 + 1)) == %{a: 2}
      assert Map.replace_lazy(%{a: 1}, :b, &(&1 + 1)) == %{a: 1}
      assert Map.update(%{a: 1}, :a, 0, &(&1 * 5)) == %{a: 5}
      assert Map.update(%{a: 1}, :b, 0, &(&1 * 5)) == %{a: 1, b: 0}
      assert Map.update!(%{a: 1}, :a, &(&1 * 5)) == %{a: 5}
    end

    test "missing keys" do
      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        Map.replace!(%{a: 1}, :b, 2)
      end

      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        Map.update!(%{a: 1}, :b, & &1)
      end
    end
  end

  describe "delete/2, drop/2, take/2, pop/2,3, pop!/2, pop_lazy/3, split/2, reject/2, filter/2" do
    test "removing" do
      m = %{a: 1, b: 2, c: 3}
      assert Map.delete(m, :a) == %{b: 2, c: 3}
      assert Map.delete(m, :z) == m
      assert Map.drop(m, [:a, :z]) == %{b: 2, c: 3}
      assert Map.take(m, [:a, :z]) == %{a: 1}
      assert Map.pop(m, :a) == {1, %{b: 2, c: 3}}
      assert Map.pop(m, :z, 0) == {0, m}
      assert Map.pop!(m, :b) == {2, %{a: 1, c: 3}}
      assert Map.pop_lazy(m, :z, fn -> 9 end) == {9, m}
      assert Map.split(m, [:a, :c]) == {%{a: 1, c: 3}, %{b: 2}}
      assert Map.filter(m, fn {_, v} -> v > 1 end) == %{b: 2, c: 3}
      assert Map.reject(m, fn {_, v} -> v > 1 end) == %{a: 1}
    end

    test "pop! missing" do
      assert_raise KeyError, "key :z not found in: %{a: 1}", fn -> Map.pop!(%{a: 1}, :z) end
    end
  end

  describe "merge/2,3, equal?/2, map/2 via Map.new, get_and_update/3, get_and_update!/3" do
    test "combining" do
      assert Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}) == %{a: 1, b: 3, c: 4}
      assert Map.merge(%{a: 1, b: 2}, %{b: 3}, fn _k, v1, v2 -> v1 + v2 end) == %{a: 1, b: 5}
      assert Map.equal?(%{a: 1}, %{a: 1})
      refute Map.equal?(%{a: 1}, %{a: 1.0})
      assert Map.get_and_update(%{a: 1}, :a, &{&1, &1 + 1}) == {1, %{a: 2}}
      assert Map.get_and_update(%{a: 1}, :b, &{&1, 0}) == {nil, %{a: 1, b: 0}}
      assert Map.get_and_update(%{a: 1}, :a, fn _ -> :pop end) == {1, %{}}
      assert Map.get_and_update!(%{a: 1}, :a, &{&1, :x}) == {1, %{a: :x}}
    end

    test "get_and_update! missing" do
      assert_raise KeyError, "key :b not found in: %{a: 1}", fn ->
        Map.get_and_update!(%{a: 1}, :b, &{&1, 1})
      end
    end

    test "bad get_and_update return" do
      assert_raise RuntimeError,
                   "the given function must return a two-element tuple or :pop, got: 1",
                   fn -> Map.get_and_update(%{a: 1}, :a, fn x -> x end) end
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Map.from_keys([:a, :b], 0) == %{a: 0, b: 0}
      assert Map.from_keys([], 0) == %{}
      assert_raise ArgumentError, "argument error", fn -> Map.new([1]) end
      assert_raise ArgumentError, "argument error", fn -> Map.new([{1, 2, 3}]) end
      assert Map.new(%{a: 1}, fn {k, v} -> {v, k} end) == %{1 => :a}
      assert Map.put(%{1 => :a}, 1.0, :b) == %{1 => :a, 1.0 => :b}
      assert Map.get(%{1 => :a}, 1.0) == nil

      assert Map.to_list(%{{1} => 2, [1] => 3, 1 => 4, :a => 5, "s" => 6, 1.0 => 7}) == [
               {1, 4},
               {1.0, 7},
               {:a, 5},
               {{1}, 2},
               {[1], 3},
               {"s", 6}
             ]

      assert Map.keys(%{}) == []
      assert Map.merge(%{}, %{a: 1}) == %{a: 1}
      assert_raise BadMapError, "expected a map, got: [a: 2]", fn -> Map.merge(%{a: 1}, a: 2) end

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for :a of type Atom",
                   fn -> Map.take(%{a: 1}, :a) end

      assert Map.drop(%{a: 1}, [:b]) == %{a: 1}
      assert Map.split(%{a: 1}, []) == {%{}, %{a: 1}}
      assert Map.update(%{}, :a, 1, &(&1 + 1)) == %{a: 1}
      assert_raise KeyError, "key :a not found in: %{}", fn -> Map.update!(%{}, :a, & &1) end

      assert_raise KeyError, "key \"z\" not found in: %{\"k\" => 1}", fn ->
        Map.fetch!(%{"k" => 1}, "z")
      end

      assert_raise KeyError, "key {3} not found in: %{{1, 2} => 1}", fn ->
        Map.fetch!(%{{1, 2} => 1}, {3})
      end

      assert Map.pop(%{}, :a) == {nil, %{}}
      assert Map.pop_lazy(%{a: 1}, :a, fn -> 0 end) == {1, %{}}
      assert_raise KeyError, "key \"k\" not found in: %{}", fn -> Map.replace!(%{}, "k", 1) end

      assert_raise FunctionClauseError, "no function clause matching in Map.from_struct/1", fn ->
        Map.from_struct(%{a: 1})
      end

      assert_raise FunctionClauseError, "no function clause matching in Map.from_struct/1", fn ->
        Map.from_struct(1)
      end

      assert Map.filter(%{}, fn _ -> true end) == %{}

      assert_raise KeyError, "key :a not found in: %{}", fn ->
        Map.get_and_update!(%{}, :a, fn v -> {v, 1} end)
      end

      assert Map.put_new_lazy(%{a: 1}, :a, fn -> raise "no" end) == %{a: 1}
      assert Map.get_lazy(%{a: 1}, :a, fn -> raise "no" end) == 1
      assert_raise BadMapError, "expected a map, got: []", fn -> Map.equal?(%{}, []) end
      assert Map.has_key?(%{nil => 1}, nil)
      assert %{%{a: 1} | a: 2} == %{a: 2}
      assert %{a: 1}.a == 1
      assert_raise KeyError, "key :b not found in: %{a: 1}", fn -> %{a: 1}.b end
      assert Map.delete(%{}, nil) == %{}
      assert map_size(Map.new(1..1000, &{&1, &1})) == 1000
      assert inspect(Map.new(1..3, &{&1, &1})) == "%{1 => 1, 2 => 2, 3 => 3}"
      assert inspect(%{"a" => 1, b: 2}) == "%{:b => 2, \"a\" => 1}"
      assert inspect(%{:a => 1, "b" => 2}) == "%{:a => 1, \"b\" => 2}"
    end
  end
end
