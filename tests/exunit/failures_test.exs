defmodule FailuresTest do
  use ExUnit.Case

  test "match?" do
    value = {:error, :closed}
    assert match?({:ok, _}, value)
  end

  test "not equal" do
    assert 1 != 1
  end

  test "strictly equal" do
    assert 1 === 1.0
  end

  test "membership" do
    assert 4 in [1, 2, 3]
  end

  test "custom message" do
    assert false, "it was false"
  end

  test "refute truthy" do
    refute 42
  end

  test "refute not exactly equal" do
    refute 1 == 1.0
  end

  test "refute greater" do
    refute 2 > 1
  end

  test "refute match?" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "long values" do
    assert Enum.to_list(1..40) == Enum.to_list(2..41)
  end

  test "maps" do
    assert %{name: "Ada", age: 36, langs: ["analytical engine"]} == %{name: "Ada", age: 37}
  end

  test "assert_raise with nothing raised" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "assert_raise with another exception" do
    assert_raise ArgumentError, fn -> raise "oops" end
  end

  test "assert_raise with a wrong message" do
    assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "actual" end
  end

  test "assert_in_delta" do
    assert_in_delta 1, 2, 0.5
  end

  test "refute_received" do
    send(self(), {:late, 1})
    refute_received {:late, _}
  end

  test "assert_received with messages in the mailbox" do
    send(self(), {:other, 1})
    assert_received {:wanted, _}
  end

  test "catch_throw with nothing thrown" do
    catch_throw(:ok)
  end

  test "flunk" do
    flunk()
  end
end
