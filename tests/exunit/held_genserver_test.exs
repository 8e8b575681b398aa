# GenServers under test: start_supervised, captured crash logs, trapped exits,
# the mailbox shown by a failed assert_receive, calls that exit.
defmodule Counter do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :initial, 0), opts)
  def inc(pid), do: GenServer.cast(pid, :inc)
  def get(pid), do: GenServer.call(pid, :get)
  def crash(pid), do: GenServer.cast(pid, :crash)
  @impl true
  def init(n), do: {:ok, n}
  @impl true
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_cast(:crash, _n), do: raise("counter crashed")
  @impl true
  def handle_call(:get, _, n), do: {:reply, n, n}
  def handle_call(:stop, _, n), do: {:stop, :shutdown, n}
end

defmodule CounterTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureLog

  setup do
    pid = start_supervised!({Counter, initial: 5})
    %{counter: pid}
  end

  test "increments", %{counter: c} do
    Counter.inc(c)
    Counter.inc(c)
    assert Counter.get(c) == 7
  end

  test "second start_supervised of same id fails" do
    assert {:error, {{:already_started, _}, _}} = start_supervised({Counter, initial: 1})
  end

  test "start_supervised with different id" do
    {:ok, pid} = start_supervised({Counter, initial: 1}, id: :other)
    assert Counter.get(pid) == 1
    assert :ok = stop_supervised(:other)
    assert {:error, :not_found} = stop_supervised(:other)
  end

  test "crash captured", %{counter: c} do
    ref = Process.monitor(c)
    log = capture_log(fn ->
      Counter.crash(c)
      assert_receive {:DOWN, ^ref, :process, ^c, {%RuntimeError{message: "counter crashed"}, _}}
      Logger.flush()
    end)
    assert log =~ "counter crashed"
    assert log =~ "[error] GenServer"
  end

  test "trap exit", %{counter: _c} do
    Process.flag(:trap_exit, true)
    {:ok, pid} = Counter.start_link([])
    Process.exit(pid, :custom)
    assert_receive {:EXIT, ^pid, :custom}
  end

  test "assert_receive many messages" do
    for i <- 1..12, do: send(self(), {:msg, i})
    assert_receive {:other, _}, 10
  end

  test "assert_receive pinned" do
    x = 3
    send(self(), {:v, 4})
    assert_receive {:v, ^x}, 10
  end

  test "fails with state", %{counter: c} do
    assert Counter.get(c) == 6
  end

  @tag :capture_log
  test "captured log shown on failure", %{counter: c} do
    require Logger
    Logger.error("something bad")
    Logger.flush()
    assert Counter.get(c) == 0
  end

  test "registered name", _ do
    {:ok, _} = start_supervised({Counter, name: :named_counter}, id: :n)
    assert Counter.get(:named_counter) == 0
    assert Process.whereis(:named_counter) |> is_pid()
  end

  test "exits with noproc" do
    assert {:noproc, _} = catch_exit(Counter.get(:no_such))
  end

  test "uncaught exit from call" do
    Counter.get(:no_such_counter)
  end

  test "call to itself" do
    Process.register(self(), :me)
    GenServer.call(:me, :get)
  end

  test "call to a server that stops" do
    {:ok, _} = start_supervised({Counter, name: :stopping}, id: :stopping)
    GenServer.call(:stopping, :stop)
  end
end
