defmodule CaptureIOTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "captures standard output" do
    assert capture_io(fn -> IO.puts("hello") end) == "hello\n"
    assert capture_io(fn -> IO.write("a"); IO.write("b") end) == "ab"
  end

  test "captures IO.inspect" do
    assert capture_io(fn -> IO.inspect([1, 2]) end) == "[1, 2]\n"
  end

  test "captures standard error" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end) == "oops\n"
  end

  test "output after the capture goes out again" do
    capture_io(fn -> IO.puts("hidden") end)
    IO.puts("visible")
  end

  test "with_io returns the result and the output" do
    assert with_io(fn -> IO.write("x"); 42 end) == {42, "x"}
  end

  test "a failing comparison of captured output" do
    assert capture_io(fn -> IO.puts("actual") end) == "expected\n"
  end
end

defmodule StringIOTest do
  use ExUnit.Case

  test "StringIO collects output" do
    {:ok, pid} = StringIO.open("in")
    IO.write(pid, "out")
    assert StringIO.contents(pid) == {"in", "out"}
    assert StringIO.flush(pid) == "out"
    assert StringIO.contents(pid) == {"in", ""}
    assert {:ok, {"in", ""}} = StringIO.close(pid)
  end
end
