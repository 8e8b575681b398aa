# Failures in helpers of the test module: which callers the BEAM keeps.
defmodule HelperFramesTest do
  use ExUnit.Case
  defp check(x) do
    assert x == 2
    :ok
  end
  defp check2(x) do
    raise "x#{x}"
  end
  defp check3(x) do
    y = Enum.map([x], & &1)
    assert y == 2
    :ok
  end
  defp check4(x), do: assert x == 2
  test "a" do
    check(1)
    :ok
  end
  test "b" do
    check2(1)
    :ok
  end
  test "c" do
    check3(1)
    :ok
  end
  test "d" do
    check4(1)
    :ok
  end
end
