defmodule ATest do
  use ExUnit.Case, async: true

  setup do
    {:ok, x: 1}
  end

  test "passes", %{x: x} do
    assert x == 1
  end

  test "eq fails" do
    a = [1, 2, 3]
    assert a == [1, 2, 4]
  end

  test "match fails" do
    assert {:ok, _} = {:error, 1}
  end

  test "truthy fails" do
    assert nil
  end

  test "refute" do
    refute 1 == 1
  end

  test "raise" do
    raise ArgumentError, "boom"
  end

  test "less" do
    assert 3 < 2
  end
  test "string" do
    assert "abc" =~ "d"
  end
  test "flunk" do
    flunk "nope"
  end
  test "receive" do
    assert_receive :hello, 10
  end
end
