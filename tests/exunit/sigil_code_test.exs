defmodule SigilCodeTest do
  use ExUnit.Case
  test "re" do
    assert "hello" =~ ~r/world/
  end
  test "s" do
    assert ~s(a) == ~w(a b)
  end
  test "c" do
    assert ~c[ab] == 'x'
  end
end
