# Callbacks that fail while Enum and Stream walk maps, map sets, ranges and
# streams: the frames of Elixir's own functions that ExUnit shows.
defmodule FrTest do
  use ExUnit.Case
  test "map over map" do
    Enum.map(%{a: 1}, fn {_, v} -> v.x end)
  end
  test "each over map" do
    Enum.each(%{a: 1}, fn {_, v} -> v.x end)
  end
  test "stream over map" do
    %{a: 1} |> Stream.filter(fn {_, v} -> v.x end) |> Enum.map(& &1)
  end
  test "stream over list" do
    [1] |> Stream.map(fn v -> v.x end) |> Enum.to_list()
  end
  test "filter over map" do
    Enum.filter(%{a: 1}, fn {_, v} -> v.x end)
  end
  test "reduce over map" do
    Enum.reduce(%{a: 1}, 0, fn {_, v}, acc -> v.x + acc end)
  end
  test "for over map" do
    for {_, v} <- %{a: 1}, do: v.x
  end
  test "map_set" do
    Enum.map(MapSet.new([1]), fn v -> v.x end)
  end
  test "range" do
    Enum.map(1..2, fn v -> v.x end)
  end
  test "stream over range" do
    1..2 |> Stream.map(fn v -> v.x end) |> Enum.to_list()
  end
end
