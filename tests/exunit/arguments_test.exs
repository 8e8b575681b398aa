defmodule CTest do
  use ExUnit.Case
  test "call" do
    assert String.contains?("abc", "d")
  end
  test "local" do
    x = [1]
    assert Enum.empty?(x)
  end
  test "assert_receive with nothing" do
    assert_receive {:a, _}, 10
  end
  test "refute_receive" do
    send(self(), {:a, 1})
    refute_receive {:a, _}
  end
end

defmodule C2Test do
  use ExUnit.Case
  def valid?(_), do: false
  test "a" do
    x = 1
    assert is_nil(x)
  end
  test "b" do
    x = 1
    assert is_list(x)
  end
  test "c" do
    x = 1
    assert valid?(x)
  end
  test "d" do
    x = %{a: 1}
    assert Map.has_key?(x, :b) && true
  end
  test "e" do
    x = %{a: 1}
    assert Map.has_key?(x, :b)
  end
  test "f" do
    x = 1
    assert !is_integer(x)
  end
end
