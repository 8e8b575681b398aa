ExUnit.configure(max_failures: 2)

defmodule MaxFailuresTest do
  use ExUnit.Case

  test "one" do
    assert 1 == 2
  end

  test "two" do
    assert 2 == 3
  end

  test "three" do
    assert 3 == 4
  end

  test "four passes" do
    assert true
  end
end
