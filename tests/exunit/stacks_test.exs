defmodule StacksTest do
  use ExUnit.Case

  setup do
    {:ok, a: 1}
  end

  defp check(x) do
    assert x == 2
    :ok
  end

  test "helper assertion", %{a: a} do
    check(a)
    :ok
  end

  test "multi-line message" do
    raise "line one\nline two"
  end

  test "in with long list" do
    assert 100 in Enum.to_list(1..30)
  end
end
