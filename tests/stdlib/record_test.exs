defmodule RecordTest do
  use ExUnit.Case, async: true
  require Record

  Record.defrecord(:point, x: 0, y: 0)
  Record.defrecord(:user, :person, [:name, age: 18])
  Record.defrecordp(:secret, value: nil)

  defp norm1(point(x: x, y: y)), do: abs(x) + abs(y)
  defp kind(p) when Record.is_record(p, :point), do: :point
  defp kind(p) when Record.is_record(p), do: :record
  defp kind(_), do: :other
  defp hidden, do: secret(value: 42)

  describe "defrecord/2,3" do
    test "builds records with defaults" do
      assert point() == {:point, 0, 0}
      assert point(x: 3) == {:point, 3, 0}
      assert user(name: "ann") == {:person, "ann", 18}
      assert user() == {:person, nil, 18}
    end

    test "reads, updates and matches fields" do
      p = point(x: 3, y: -4)
      assert point(p, :x) == 3
      assert point(p, y: 9) == {:point, 3, 9}
      assert point(p, x: 1, y: 2) == {:point, 1, 2}
      assert norm1(p) == 7
      assert point(:y) == 2
      assert user(:age) == 2
    end

    test "defrecordp defines a private macro" do
      assert hidden() == {:secret, 42}
    end
  end

  describe "is_record/1,2" do
    test "in guards and bodies" do
      assert kind({:point, 1, 2}) == :point
      assert kind({:other, 1}) == :record
      assert kind({1, 2}) == :other
      assert kind([]) == :other
      assert Record.is_record({:point, 1, 2}, :point)
      refute Record.is_record({:point, 1, 2}, :user)
      refute Record.is_record({})
      assert Record.is_record({:a})
    end
  end
end
