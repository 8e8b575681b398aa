defmodule StreamTest do
  use ExUnit.Case, async: true

  describe "lazy transforms" do
    test "map/2, filter/2, reject/2, flat_map/2, with_index/1,2, each/2" do
      s = Stream.map([1, 2, 3], &(&1 * 2))
      assert is_function(s) or is_struct(s, Stream)
      assert Enum.to_list(s) == [2, 4, 6]
      assert Stream.filter(1..6, &(rem(&1, 2) == 0)) |> Enum.to_list() == [2, 4, 6]
      assert Stream.reject(1..6, &(rem(&1, 2) == 0)) |> Enum.to_list() == [1, 3, 5]
      assert Stream.flat_map([1, 2], &[&1, -&1]) |> Enum.to_list() == [1, -1, 2, -2]
      assert Stream.with_index([:a, :b]) |> Enum.to_list() == [a: 0, b: 1]
      assert Stream.with_index([:a, :b], 5) |> Enum.to_list() == [a: 5, b: 6]
      assert Stream.each([1, 2], &send(self(), &1)) |> Stream.run() == :ok
      assert_received 1
      assert_received 2
    end

    test "take/2, take_every/2, take_while/2, drop/2, drop_every/2, drop_while/2" do
      assert Stream.take(1..10, 3) |> Enum.to_list() == [1, 2, 3]
      assert Stream.take(1..10, -3) |> Enum.to_list() == [8, 9, 10]
      assert Stream.take(Stream.cycle([1]), 0) |> Enum.to_list() == []
      assert Stream.take_every(1..10, 4) |> Enum.to_list() == [1, 5, 9]
      assert Stream.take_while(1..10, &(&1 < 4)) |> Enum.to_list() == [1, 2, 3]
      assert Stream.drop(1..5, 3) |> Enum.to_list() == [4, 5]
      assert Stream.drop(1..5, -3) |> Enum.to_list() == [1, 2]
      assert Stream.drop_every(1..6, 2) |> Enum.to_list() == [2, 4, 6]
      assert Stream.drop_while(1..5, &(&1 < 4)) |> Enum.to_list() == [4, 5]
    end

    test "chunk_by/2, chunk_every/2,3,4, chunk_while/4, dedup/1, dedup_by/2, uniq/1, uniq_by/2" do
      assert Stream.chunk_by([1, 1, 2, 3, 3], & &1) |> Enum.to_list() == [[1, 1], [2], [3, 3]]
      assert Stream.chunk_every(1..5, 2) |> Enum.to_list() == [[1, 2], [3, 4], [5]]
      assert Stream.chunk_every(1..5, 2, 2, :discard) |> Enum.to_list() == [[1, 2], [3, 4]]

      assert Stream.chunk_every(1..5, 3, 1, :discard) |> Enum.to_list() ==
               [[1, 2, 3], [2, 3, 4], [3, 4, 5]]

      assert Stream.chunk_while(
               1..6,
               [],
               fn x, acc ->
                 if rem(x, 3) == 0,
                   do: {:cont, Enum.reverse([x | acc]), []},
                   else: {:cont, [x | acc]}
               end,
               fn acc -> {:cont, acc} end
             )
             |> Enum.to_list() == [[1, 2, 3], [4, 5, 6]]

      assert Stream.dedup([1, 1, 2, 1]) |> Enum.to_list() == [1, 2, 1]
      assert Stream.dedup_by([1, 3, 2, 4], &rem(&1, 2)) |> Enum.to_list() == [1, 2]
      assert Stream.uniq([1, 2, 1, 3]) |> Enum.to_list() == [1, 2, 3]
      assert Stream.uniq_by([1, 2, 3, 4], &rem(&1, 2)) |> Enum.to_list() == [1, 2]
    end

    test "concat/1,2, zip/1,2, zip_with/2,3, intersperse/2, scan/2,3, transform/3,4, map_every/3" do
      assert Stream.concat([1..2, [3]]) |> Enum.to_list() == [1, 2, 3]
      assert Stream.concat([1], [2]) |> Enum.to_list() == [1, 2]
      assert Stream.zip([1, 2, 3], [:a, :b]) |> Enum.to_list() == [{1, :a}, {2, :b}]
      assert Stream.zip([[1], [2], [3]]) |> Enum.to_list() == [{1, 2, 3}]
      assert Stream.zip_with([1, 2], [3, 4], &*/2) |> Enum.to_list() == [3, 8]
      assert Stream.zip_with([[1, 2], [3, 4]], &Enum.sum/1) |> Enum.to_list() == [4, 6]
      assert Stream.intersperse([1, 2, 3], :x) |> Enum.to_list() == [1, :x, 2, :x, 3]
      assert Stream.scan(1..4, &+/2) |> Enum.to_list() == [1, 3, 6, 10]
      assert Stream.scan(1..3, 10, &+/2) |> Enum.to_list() == [11, 13, 16]

      assert Stream.transform(1..5, 0, fn x, acc ->
               if acc < 3, do: {[x, x], acc + 1}, else: {:halt, acc}
             end)
             |> Enum.to_list() == [1, 1, 2, 2, 3, 3]

      assert Stream.transform(1..3, fn -> 0 end, fn x, acc -> {[x + acc], acc + x} end, fn _ ->
               :ok
             end)
             |> Enum.to_list() == [1, 3, 6]

      assert Stream.map_every(1..6, 2, &(&1 * 10)) |> Enum.to_list() == [10, 2, 30, 4, 50, 6]
      assert Stream.map_every(1..3, 0, &(&1 * 10)) |> Enum.to_list() == [1, 2, 3]
    end
  end

  describe "generators" do
    test "iterate/2, unfold/2, repeatedly/1, cycle/1, interval/1, timer/1" do
      assert Stream.iterate(1, &(&1 * 2)) |> Enum.take(5) == [1, 2, 4, 8, 16]

      assert Stream.unfold(5, fn
               0 -> nil
               n -> {n, n - 1}
             end)
             |> Enum.to_list() == [5, 4, 3, 2, 1]

      assert Stream.repeatedly(fn -> :x end) |> Enum.take(2) == [:x, :x]
      assert Stream.cycle([1, 2]) |> Enum.take(5) == [1, 2, 1, 2, 1]
      assert Stream.interval(1) |> Enum.take(3) == [0, 1, 2]
      assert Stream.timer(1) |> Enum.to_list() == [0]
    end

    test "resource/3" do
      s =
        Stream.resource(
          fn -> 3 end,
          fn
            0 -> {:halt, 0}
            n -> {[n], n - 1}
          end,
          fn acc -> send(self(), {:closed, acc}) end
        )

      assert Enum.to_list(s) == [3, 2, 1]
      assert_received {:closed, 0}
      assert Enum.take(s, 1) == [3]
      assert_received {:closed, 2}
    end

    test "cycle of empty" do
      assert_raise ArgumentError, fn -> Stream.cycle([]) |> Enum.take(1) end
    end

    test "run/1 and into/2,3" do
      assert Stream.run(Stream.map([1], & &1)) == :ok
      assert Stream.into([1, 2], []) |> Enum.to_list() == [1, 2]
    end

    test "laziness" do
      s =
        Stream.map([1, 2, 3], fn x ->
          send(self(), {:saw, x})
          x
        end)

      assert Enum.take(s, 1) == [1]
      assert_received {:saw, 1}
      refute_received {:saw, 2}
    end
  end

  describe "edge and error cases" do
    test "cases" do
      assert Stream.take([1, 2, 3], 0) |> Enum.to_list() == []
      assert Stream.take([], 5) |> Enum.to_list() == []
      assert Stream.drop([], 5) |> Enum.to_list() == []

      assert Stream.chunk_every([1, 2, 3, 4], 2, 1, :discard) |> Enum.to_list() == [
               [1, 2],
               [2, 3],
               [3, 4]
             ]

      assert Stream.chunk_every([1, 2, 3], 2, 2, [:pad]) |> Enum.to_list() == [[1, 2], [3, :pad]]
      assert Stream.chunk_every([], 2) |> Enum.to_list() == []

      assert Stream.zip([1..3, Stream.cycle([:a])]) |> Enum.to_list() == [
               {1, :a},
               {2, :a},
               {3, :a}
             ]

      assert Stream.concat([]) |> Enum.to_list() == []

      assert Stream.flat_map([1, 2], fn x -> Stream.repeatedly(fn -> x end) |> Stream.take(2) end)
             |> Enum.to_list() == [1, 1, 2, 2]

      assert_raise FunctionClauseError,
                   "no function clause matching in Stream.with_index/2",
                   fn -> Stream.with_index(1..3, fn x, i -> x * i end) |> Enum.to_list() end

      assert Stream.iterate(0, &(&1 + 1)) |> Stream.filter(&(rem(&1, 7) == 0)) |> Enum.take(3) ==
               [0, 7, 14]

      assert Stream.unfold(1, fn n -> if n > 100, do: nil, else: {n, n * 3} end) |> Enum.to_list() ==
               [1, 3, 9, 27, 81]

      assert Stream.unfold(0, fn _ -> nil end) |> Enum.to_list() == []
      assert Stream.cycle(1..2) |> Enum.take(5) == [1, 2, 1, 2, 1]

      assert Stream.map(1..3, & &1) |> Enum.zip(Stream.iterate(10, &(&1 + 1))) == [
               {1, 10},
               {2, 11},
               {3, 12}
             ]

      assert Stream.transform([1, 2, 3], 0, fn x, acc -> {[acc + x], acc + x} end)
             |> Enum.to_list() == [1, 3, 6]

      assert Stream.transform([[1, 2], [3]], nil, fn x, acc -> {x, acc} end) |> Enum.to_list() ==
               [1, 2, 3]

      assert Stream.scan([], &+/2) |> Enum.to_list() == []
      assert Stream.dedup([]) |> Enum.to_list() == []
      assert Stream.map([1, 2], &(&1 * 2)) |> Stream.map(&(&1 + 1)) |> Enum.sum() == 8
      assert Stream.take_every([1, 2, 3], 0) |> Enum.to_list() == []
      assert Stream.drop_every([1, 2, 3], 0) |> Enum.to_list() == [1, 2, 3]
      assert Stream.take(1..10, -2) |> Enum.to_list() == '\t\n'
      assert Stream.chunk_by([], & &1) |> Enum.to_list() == []
      assert Stream.intersperse([], 0) |> Enum.to_list() == []
      assert Stream.map(1..3, & &1) |> Enum.member?(2)
      assert Stream.map(1..3, & &1) |> Enum.count() == 3
      assert Stream.map(1..3, & &1) |> Enum.reverse() == [3, 2, 1]
      assert Stream.map(%{a: 1}, fn {k, v} -> {v, k} end) |> Map.new() == %{1 => :a}

      assert_raise Protocol.UndefinedError,
                   "protocol Enumerable not implemented for :a of type Atom",
                   fn -> Stream.take(:a, 1) |> Enum.to_list() end

      assert Stream.take(1..3, -1) |> Stream.map(& &1) |> Enum.to_list() == [3]
      assert Stream.interval(0) |> Stream.take(2) |> Enum.to_list() == [0, 1]
      assert Stream.run([1, 2]) == :ok
      assert Stream.filter([1, 2], & &1) |> Enum.at(1) == 2
      assert Stream.map([1, 2, 3], &(&1 * 2)) |> Enum.slice(1..2) == [4, 6]

      assert Stream.resource(
               fn -> [1, 2] end,
               fn
                 [] -> {:halt, []}
                 [h | t] -> {[h], t}
               end,
               fn _ -> :ok end
             )
             |> Stream.map(&(&1 * 10))
             |> Enum.to_list() == [10, 20]

      assert Stream.zip_with([1, 2, 3], [4, 5], &+/2) |> Enum.to_list() == [5, 7]
      assert Stream.uniq([1, 1.0, 1]) |> Enum.to_list() == [1, 1.0]
    end
  end
end
