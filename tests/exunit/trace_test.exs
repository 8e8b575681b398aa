ExUnit.configure(trace: true)

defmodule TraceTest do
  use ExUnit.Case

  test "first" do
    assert true
  end

  test "second fails" do
    assert 1 == 2
  end

  @tag :skip
  test "skipped" do
    assert true
  end

  describe "group" do
    test "inside" do
      assert true
    end
  end
end

defmodule TraceTest.Other do
  use ExUnit.Case

  test "other module" do
    assert true
  end
end
