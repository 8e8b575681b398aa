# Tracing, with an excluded tag: skipped, excluded and not implemented tests,
# a failing on_exit callback, and a module whose setup_all fails.
ExUnit.configure(trace: true, exclude: [:slow])

defmodule TraceTest do
  use ExUnit.Case

  setup do
    on_exit(:named, fn -> :ok end)
    :ok
  end

  @tag :slow
  test "excluded" do
    flunk("no")
  end

  @tag :skip
  test "skipped" do
    flunk("no")
  end

  test "on_exit raising" do
    on_exit(fn -> raise "in on_exit" end)
    assert true
  end

  describe "group" do
    test "one" do
      assert 1 + 1 == 2
    end

    test "two fails" do
      assert 1 + 1 == 3
    end
  end

  test "not implemented"
end

defmodule TraceSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise "setup_all boom"
  end

  test "never runs" do
    :ok
  end

  test "nor this" do
    :ok
  end
end
