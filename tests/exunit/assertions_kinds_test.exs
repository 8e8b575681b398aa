# A failure of each kind of assertion, and of errors, exits and throws.
defmodule AssertionsKindsTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "nested map diff" do
    assert %{a: 1, b: %{c: [1, 2, 3], d: "hello"}} == %{a: 1, b: %{c: [1, 2, 4], d: "hallo"}}
  end

  test "keyword diff" do
    assert [a: 1, b: 2] == [a: 1, b: 3, c: 4]
  end

  test "tuple pattern" do
    assert {:ok, _} = {:error, :nope}
  end

  test "pattern with pinned" do
    x = 2
    assert {:ok, ^x} = {:ok, 3}
  end

  test "match? in assert" do
    assert match?(%{a: 1}, %{a: 2})
  end

  test "assert_raise message" do
    assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "actual" end
  end

  test "assert_raise regex" do
    assert_raise ArgumentError, ~r/exp/, fn -> raise ArgumentError, "actual" end
  end

  test "assert_receive timeout" do
    send(self(), {:other, 1})
    assert_receive {:msg, _}, 10
  end

  test "assert_received none" do
    assert_received :hello
  end

  test "refute_receive got" do
    send(self(), :hi)
    refute_receive :hi
  end

  test "catch_throw none" do
    catch_throw(1 + 1)
  end

  test "catch_exit ok" do
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(raise "x") == %RuntimeError{message: "x"}
  end

  test "capture_io" do
    assert capture_io(fn -> IO.puts("hello") end) == "hello\n"
    assert capture_io(fn -> IO.write("a") end) == "b"
  end

  test "string diff" do
    assert "the quick brown fox" == "the quick red fox"
  end

  test "list long" do
    assert Enum.to_list(1..30) == Enum.to_list(2..31)
  end

  test "in" do
    assert 5 in [1, 2, 3]
  end

  test "refute in" do
    refute 2 in [1, 2, 3]
  end

  test "assert truthy" do
    assert nil
  end

  test "assert with message" do
    assert 1 == 2, "custom message"
  end

  test "assert_in_delta" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "flunk" do
    flunk "gave up"
  end

  test "less" do
    assert 3 < 2
  end

  test "exit in test" do
    exit(:boom)
  end

  test "throw in test" do
    throw(:ball)
  end

  test "floats" do
    assert 0.1 + 0.2 == 0.3
  end

  test "charlists" do
    assert 'abc' == 'abd'
  end

  test "struct vs map" do
    assert %{__struct__: URI} != URI.parse("http://x")
  end

  test "and" do
    assert true and false
  end

  test "function call" do
    assert String.contains?("abc", "d")
  end

  test "refute function" do
    refute String.contains?("abc", "a")
  end
end
