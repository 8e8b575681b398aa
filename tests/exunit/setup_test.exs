defmodule SetupTest do
  use ExUnit.Case

  setup_all do
    IO.puts("setup_all")
    {:ok, all: :yes}
  end

  setup do
    [one: 1]
  end

  setup context do
    %{two: context.one + 1}
  end

  setup :three

  setup [:four, :five]

  defp three(_context), do: {:ok, %{three: 3}}
  defp four(context), do: [four: context.three + 1]
  defp five(_context), do: :ok

  test "sees every setup", context do
    assert context.all == :yes
    assert context.one == 1
    assert context.two == 2
    assert context.three == 3
    assert context.four == 4
  end

  describe "inside a describe" do
    setup do
      {:ok, inner: true}
    end

    test "sees the describe's setup", %{inner: inner, one: one} do
      assert inner
      assert one == 1
    end

    test "knows its describe", context do
      assert context.describe == "inside a describe"
      assert context.test == :"test inside a describe knows its describe"
    end
  end

  describe "another describe" do
    test "does not see the other describe's setup", context do
      refute Map.has_key?(context, :inner)
    end
  end

  test "on_exit runs after the test", _context do
    test_pid = self()

    on_exit(fn ->
      IO.puts("on_exit: test process alive? #{Process.alive?(test_pid)}")
    end)

    on_exit(:named, fn -> IO.puts("named on_exit (replaced)") end)
    on_exit(:named, fn -> IO.puts("named on_exit") end)
    IO.puts("in the test")
  end
end
