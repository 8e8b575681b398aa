# GenServers whose init fails under start_supervised, and a captured crash
# report shown with a failing test.
defmodule Bad do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def start(arg), do: GenServer.start(__MODULE__, arg, name: __MODULE__)
  def init(:raise), do: raise("init boom")
  def init(:stop), do: {:stop, :no_good}
  def init(:ok), do: {:ok, nil}
  def handle_cast(:crash, _), do: raise("cast boom")
end

defmodule StartSupervisedTest do
  use ExUnit.Case
  @moduletag :capture_log

  test "start_supervised! with init raising" do
    start_supervised!({Bad, :raise})
  end

  test "start_supervised! with init stopping" do
    start_supervised!({Bad, :stop})
  end

  test "start_supervised error tuple" do
    assert {:error, {:no_good, _}} = start_supervised({Bad, :stop})
  end

  test "a crash report is shown with the failure" do
    {:ok, pid} = Bad.start(:ok)
    ref = Process.monitor(pid)
    GenServer.cast(Bad, :crash)
    assert_receive {:DOWN, ^ref, :process, _, {%RuntimeError{}, _}}
    flunk("the server crashed")
  end
end
