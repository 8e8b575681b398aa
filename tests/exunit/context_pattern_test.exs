defmodule ContextPatternTest do
  use ExUnit.Case

  setup do
    {:ok, a: 1}
  end

  test "pattern of the context", %{b: b} do
    assert b
  end
end
