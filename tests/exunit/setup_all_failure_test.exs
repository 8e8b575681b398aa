defmodule SetupAllFailureTest do
  use ExUnit.Case

  setup_all do
    raise "cannot start"
  end

  test "one" do
    assert true
  end

  test "two" do
    assert true
  end
end

defmodule SetupAllFailureTest.Fine do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> IO.puts("module on_exit") end)
    :ok
  end

  test "runs" do
    assert true
  end
end
