defmodule CallbacksMoreTest.Counter do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end

defmodule CallbacksMoreTest do
  use ExUnit.Case
  require Logger
  alias CallbacksMoreTest.Counter

  test "start_supervised!" do
    pid = start_supervised!({Counter, 5})
    assert GenServer.call(pid, :get) == 5
  end

  test "the last test's process was stopped" do
    {:ok, _pid} = start_supervised({Counter, 6})
    assert GenServer.call(Counter, :get) == 6
  end

  @tag :capture_log
  test "a captured log shows when the test fails" do
    Logger.error("hidden unless failing")
    assert 1 == 2
  end

  @tag :capture_log
  test "a captured log of a passing test stays hidden" do
    Logger.error("never shown")
  end

  @tag :tmp_dir
  test "tmp dir", %{tmp_dir: dir} do
    on_exit(fn -> File.rm_rf!(Path.join(File.cwd!(), "tmp/CallbacksMoreTest")) end)
    assert dir =~ ~r"^#{File.cwd!()}/tmp/CallbacksMoreTest/test-tmp-dir-[0-9a-f]{8}$"
    File.write!(Path.join(dir, "a"), "x")
    assert File.ls!(dir) == ["a"]
  end
end
