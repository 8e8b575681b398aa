defmodule AssertionsMoreTest.Helpers do
  def create_user(_context), do: {:ok, user: "ann"}
end

defmodule AssertionsMoreTest do
  use ExUnit.Case

  setup :make_user
  def make_user(c), do: AssertionsMoreTest.Helpers.create_user(c)

  test "mfa setup", %{user: user} do
    assert user == "ann"
  end

  test "refute_receive fails" do
    send(self(), {:hi, 1})
    refute_receive {:hi, _}, 10
  end

  test "assert_raise wrong exception" do
    assert_raise ArgumentError, fn -> raise KeyError, "k" end
  end

  test "assert_raise nothing raised" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "assert_raise message mismatch" do
    assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "actual" end
  end

  test "refute with a match" do
    refute {:ok, _} = {:ok, 1}
  end

  test "assert in" do
    assert 4 in [1, 2, 3]
  end

  test "assert nil" do
    assert nil
  end

  test "assert with a function call" do
    assert String.starts_with?("hello", "x")
  end

  test "multiple failures in a row are one" do
    assert [1, 2] === [1, 2.0]
  end
end
