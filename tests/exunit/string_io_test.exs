defmodule StringIOInputTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "StringIO gives its input" do
    {:ok, pid} = StringIO.open("line one\nline two")
    assert IO.gets(pid, "") == "line one\n"
    assert IO.read(pid, :line) == "line two"
    assert IO.gets(pid, "") == :eof
  end

  test "capture_io gives input to IO.gets" do
    assert capture_io("alice\n", fn ->
             name = IO.gets("name? ")
             IO.write("hello " <> name)
           end) == "name? hello alice\n"
  end
end
