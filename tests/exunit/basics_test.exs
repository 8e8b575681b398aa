defmodule BasicsTest do
  use ExUnit.Case

  test "equality and comparisons" do
    assert 1 + 1 == 2
    assert 1 != 2
    assert 1 === 1
    assert 1 !== 1.0
    assert 1 < 2 and 3 > 2
    assert 2 <= 2
    assert 3 >= 2
    assert "hello world" =~ "world"
    assert "hello" =~ ~r/h.l/
    assert 2 in [1, 2, 3]
    refute 1 == 2
    refute nil
    refute false
  end

  test "assert returns the value and binds pattern variables" do
    assert {:ok, value} = {:ok, 42}
    assert value == 42
    assert [head | _] = [1, 2, 3]
    assert head == 1
    assert match?(%{a: _}, %{a: 1, b: 2})
    refute match?({:error, _}, {:ok, 1})
    result = assert 5
    assert result == 5
  end

  test "assert_raise" do
    assert_raise ArithmeticError, fn -> 1 / 0 end
    error = assert_raise ArgumentError, "bad", fn -> raise ArgumentError, "bad" end
    assert error.message == "bad"
    assert_raise RuntimeError, ~r/^some/, fn -> raise "something" end
  end

  test "catch_error, catch_exit, catch_throw" do
    assert catch_throw(throw(:ball)) == :ball
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(:erlang.error(:oops)) == :oops
    assert %ArgumentError{} = catch_error(raise ArgumentError)
  end

  test "assert_in_delta" do
    assert_in_delta 1.0, 1.05, 0.1
    refute_in_delta 1.0, 1.5, 0.1
  end

  test "messages" do
    send(self(), {:hello, 1})
    assert_received {:hello, n}
    assert n == 1
    send(self(), :ping)
    assert_receive :ping
    parent = self()
    spawn(fn -> send(parent, {:from_child, 7}) end)
    assert_receive {:from_child, x}, 500
    assert x == 7
    refute_received :nothing
    refute_receive :nothing, 10
  end

  test "context holds the test's name and module", context do
    assert context.test == :"test context holds the test's name and module"
    assert context.module == BasicsTest
    assert context.line == 64
  end
end
