# Crash reports are Logger events: capture_log takes them, Logger's level and
# the console backend's level filter them.
defmodule CrashLogTest.Fragile do
  use GenServer

  def init(state), do: {:ok, state}
  def handle_call(:crash, _from, _state), do: raise("call failed")
  def handle_cast(:stop, state), do: {:stop, :custom, state}
  def handle_cast(:raise, _state), do: raise(ArgumentError, "cast failed")
end

defmodule CrashLogTest do
  use ExUnit.Case
  import ExUnit.CaptureLog
  alias CrashLogTest.Fragile

  setup do
    on_exit(fn ->
      Logger.configure(level: :debug)
      Logger.configure_backend(:console, level: nil)
    end)
  end

  # Waits for `pid` to end, then a moment for the logger to write its report.
  defp wait_down(pid) do
    ref = Process.monitor(pid)
    assert_receive {:DOWN, ^ref, :process, ^pid, reason}
    Process.sleep(50)
    reason
  end

  test "a GenServer's report" do
    {:ok, pid} = GenServer.start(Fragile, %{count: 1})

    log =
      capture_log(fn ->
        assert {{%RuntimeError{message: "call failed"}, _}, _} =
                 catch_exit(GenServer.call(pid, :crash))
      end)

    assert log =~ ~r/\A\n\d\d:\d\d:\d\d\.\d\d\d \[error\] GenServer #PID<[\d.]+> terminating\n/
    assert log =~ "** (RuntimeError) call failed\n"
    assert log =~ "Last message (from #{inspect(self())}): :crash\n"
    assert log =~ "State: %{count: 1}\n"
    assert log =~ "Client #{inspect(self())} is alive\n"
  end

  test "a stop reason" do
    {:ok, pid} = GenServer.start(Fragile, :state)

    log =
      capture_log(fn ->
        GenServer.cast(pid, :stop)
        assert wait_down(pid) == :custom
      end)

    assert log =~ "[error] GenServer #{inspect(pid)} terminating\n** (stop) :custom\n"
    assert log =~ "Last message: {:\"$gen_cast\", :stop}\nState: :state\n"
  end

  test "a process's report" do
    log =
      capture_log(fn ->
        pid = spawn(fn -> raise ArgumentError, "bad" end)
        assert {%ArgumentError{}, [_ | _]} = wait_down(pid)
      end)

    assert log =~ ~r/\[error\] Process #PID<[\d.]+> raised an exception\n/
    assert log =~ "** (ArgumentError) bad\n"
    assert log =~ "crash_log_test.exs:"
  end

  test "a task's report" do
    log =
      capture_log(fn ->
        {:ok, pid} = Task.start(fn -> raise "task failed" end)
        wait_down(pid)
      end)

    assert log =~ ~r/\[error\] Task #PID<[\d.]+> started from #{inspect(self())} terminating\n/
    assert log =~ "** (RuntimeError) task failed\n"
    assert log =~ "    Args: []\n"
  end

  test "a capture at a level above error takes no report" do
    log =
      capture_log([level: :critical], fn ->
        pid = spawn(fn -> raise "quiet" end)
        wait_down(pid)
      end)

    assert log == ""
  end

  test "Logger's level hides reports" do
    Logger.configure(level: :critical)

    log =
      capture_log(fn ->
        pid = spawn(fn -> raise "hidden" end)
        wait_down(pid)
        {:ok, server} = GenServer.start(Fragile, nil)
        catch_exit(GenServer.call(server, :crash))
        wait_down(server)
      end)

    assert log == ""
  end

  test "the console's level hides reports but not captures" do
    Logger.configure_backend(:console, level: :critical)
    pid = spawn(fn -> raise "not on the console" end)
    wait_down(pid)

    log =
      capture_log(fn ->
        pid = spawn(fn -> raise "captured" end)
        wait_down(pid)
      end)

    assert log =~ "** (RuntimeError) captured\n"
  end

  # Reports that name no pid and no frame of Elixir's own, to be compared
  # as printed.
  test "a report on the console" do
    {:ok, pid} = GenServer.start(Fragile, [:on, :the, :console], name: :on_console)
    GenServer.cast(pid, :stop)
    wait_down(pid)
  end

  test "a raising GenServer's report on the console" do
    {:ok, pid} = GenServer.start(Fragile, :raising, name: :raising)
    GenServer.cast(pid, :raise)
    wait_down(pid)
  end

  @tag :capture_log
  test "a failing test shows what it logged" do
    {:ok, pid} = GenServer.start(Fragile, "shown with the failure", name: :with_failure)
    GenServer.cast(pid, :stop)
    wait_down(pid)
    flunk("failed")
  end
end
