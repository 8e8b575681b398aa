defmodule LoggerTest do
  use ExUnit.Case
  import ExUnit.CaptureLog
  require Logger

  setup do
    on_exit(fn -> Logger.configure(level: :debug) end)
  end

  test "each level" do
    Logger.debug("dbg")
    Logger.info("hello")
    Logger.warning("warn #{1}")
    Logger.warn("old warn")
    Logger.error(["iodata ", "msg"])
    Logger.info(fn -> "lazy" end)
    Logger.notice("n")
    Logger.critical("c", user: 1)
    Logger.log(:info, "via log")
    Logger.error("two\nlines")
  end

  test "levels filter" do
    Logger.configure(level: :warning)
    assert Logger.level() == :warning
    Logger.info("hidden")
    Logger.error("shown")
    Logger.info(fn -> raise "never called" end)
    Logger.configure(level: :warn)
    assert Logger.level() == :warning
    assert Logger.compare_levels(:info, :warning) == :lt
    assert Logger.compare_levels(:error, :warning) == :gt
  end

  test "capture_log" do
    log = capture_log(fn -> Logger.info("hello"); Logger.debug("dbg") end)
    assert log =~ "[info] hello"
    assert log =~ "[debug] dbg"
    assert length(String.split(log, "\n")) == 5

    log = capture_log([level: :warning], fn -> Logger.info("hello"); Logger.error("bad") end)
    refute log =~ "hello"
    assert log =~ ~r/\d\d:\d\d:\d\d\.\d\d\d \[error\] bad\n$/

    {result, log} = with_log(fn -> Logger.warning("w"); 42 end)
    assert result == 42
    assert log =~ "[warning] w"
  end

  test "capture_log takes other processes' logs" do
    parent = self()

    log =
      capture_log(fn ->
        spawn(fn -> Logger.info("from another"); send(parent, :done) end)
        assert_receive :done
        Logger.info("mine")
      end)

    assert log =~ "from another"
    assert log =~ "mine"
  end

  test "capture_log under a higher level" do
    Logger.configure(level: :info)
    assert capture_log(fn -> Logger.debug("lower") end) == ""
    assert capture_log([level: :debug], fn -> Logger.debug("lower") end) == ""
  end

  test "a failing capture" do
    assert capture_log(fn -> Logger.error("oops") end) =~ "nope"
  end
end
