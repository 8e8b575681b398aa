# start_supervised/2 and friends: children that live as long as the test, stopped (last started
# first) before on_exit callbacks run; what the bang versions raise.
defmodule SupervisedTest.Worker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])

  def init(opts) do
    Process.flag(:trap_exit, true)
    {:ok, opts}
  end

  def handle_call(:get, _from, opts), do: {:reply, opts[:value], opts}

  def terminate(reason, opts) do
    if log = opts[:report], do: Agent.update(log, &(&1 ++ [{opts[:name], reason}]))
  end
end

defmodule SupervisedTest.Failing do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(reason), do: {:stop, reason}
end

defmodule SupervisedTest do
  use ExUnit.Case
  alias SupervisedTest.{Failing, Worker}

  setup_all do
    {:ok, shared} = start_supervised({Agent, fn -> :from_setup_all end})
    %{shared: shared}
  end

  setup do
    {:ok, agent} = start_supervised({Agent, fn -> :from_setup end})
    %{agent: agent}
  end

  test "a child started in setup_all lives for the whole module", %{shared: shared} do
    assert Agent.get(shared, & &1) == :from_setup_all
    assert Agent.get_and_update(shared, &{&1, :changed}) == :from_setup_all
  end

  test "a child started in setup_all lives on", %{shared: shared} do
    assert Agent.get(shared, & &1) in [:from_setup_all, :changed]
  end

  test "a child started in setup", %{agent: agent} do
    assert Agent.get(agent, & &1) == :from_setup
  end

  test "children live until the test ends" do
    pid = start_supervised!({Worker, name: :w1, value: 1})
    assert GenServer.call(:w1, :get) == 1
    assert Process.whereis(:w1) == pid
    parent = self()
    on_exit(fn -> send(parent, :never_seen) end)
  end

  test "the test's children are gone before on_exit runs" do
    # the reports go to an agent that outlives the test process
    {:ok, log} = Agent.start(fn -> [] end)

    on_exit(fn ->
      assert Agent.get(log, & &1) == [{:w3, :shutdown}, {:w2, :shutdown}]
      assert Process.whereis(:w2) == nil
      Agent.stop(log)
    end)

    start_supervised!(Supervisor.child_spec({Worker, name: :w2, report: log}, id: :w2))
    start_supervised!(Supervisor.child_spec({Worker, name: :w3, report: log}, id: :w3))
  end

  test "stop_supervised" do
    start_supervised!({Worker, name: :w4})
    assert stop_supervised(Worker) == :ok
    assert Process.whereis(:w4) == nil
    assert stop_supervised(Worker) == {:error, :not_found}
    assert_raise RuntimeError, "could not stop child ID SupervisedTest.Worker because it was not found", fn ->
      stop_supervised!(Worker)
    end
  end

  test "duplicate ids" do
    assert {:ok, _} = start_supervised({Worker, name: :w5})
    assert start_supervised({Worker, name: :w6}) == {:error, {:duplicate_child_name, Worker}}
    assert {:ok, _} = start_supervised({Worker, name: :w6}, id: :other)
  end

  test "a child that does not start" do
    assert {:error, {:nope, {:child, :undefined, Failing, {Failing, :start_link, [:nope]}, :permanent, false, 5000, :worker, [Failing]}}} =
             start_supervised({Failing, :nope})

    start_supervised!({Failing, {:shutdown, :why}})
  end

  test "start_supervised! with a duplicate" do
    start_supervised!({Worker, name: :w7})
    start_supervised!({Worker, name: :w8})
  end

  test "stop_supervised! of an unknown child" do
    stop_supervised!(:unknown)
  end

  test "a bad child" do
    message = "The module :not_a_module was given as a child to a supervisor but it does not exist."
    assert_raise ArgumentError, message, fn -> start_supervised(:not_a_module) end
  end

  test "a restarted child" do
    start_supervised!({Worker, name: :w9})
    old = Process.whereis(:w9)
    Process.exit(old, :kill)
    Process.sleep(50)
    assert is_pid(Process.whereis(:w9))
    refute Process.whereis(:w9) == old
  end
end
