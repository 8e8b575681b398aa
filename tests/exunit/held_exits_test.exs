# Tests that fail with an uncaught exit or error from OTP-style calls: the
# reason and the frame of Elixir's own function that ExUnit shows.
defmodule Worker do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  @impl true
  def init(n), do: {:ok, n}
end

defmodule ExitsTest do
  use ExUnit.Case

  test "stop noproc" do
    GenServer.stop(:nope)
  end

  test "agent get noproc" do
    Agent.get(:nope, Map, :get, [:a])
  end

  test "dynamic supervisor start_child noproc" do
    DynamicSupervisor.start_child(:nosup, {Worker, 1})
  end

  test "dynamic supervisor start_child with a bad spec" do
    assert {:error, {:invalid_restart_type, :bad}} =
             DynamicSupervisor.start_child(:nosup, %{id: 1, start: {Worker, :start_link, [1]}, restart: :bad})
  end

  test "registry unknown" do
    Registry.lookup(:noreg, :a)
  end

  test "registry register unknown" do
    Registry.register(:noreg, :a, 1)
  end

  test "registry via unknown" do
    GenServer.call({:via, Registry, {:noreg, :a}}, :x)
  end

  test "registry meta unknown" do
    Registry.meta(:noreg, :a)
  end

  test "global noproc" do
    GenServer.call({:global, :nobody}, :x)
  end

  test "send to dead name" do
    send(:no_such_name, :hi)
  end

  test "await timeout", _ do
    task = Task.async(fn -> Process.sleep(300) end)

    try do
      Task.await(task, 10)
    catch
      :exit, {reason, {Task, :await, [_, timeout]}} -> flunk("#{inspect(reason)} after #{timeout}")
    end
  end
end
