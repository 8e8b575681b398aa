# Time-outs of calls and tasks, yield_many, and a name a server cannot take.
defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:slow, _, s) do
    Process.sleep(300)
    {:reply, :ok, s}
  end
end
defmodule T12 do
  use ExUnit.Case
  test "call timeout" do
    {:ok, _} = GenServer.start(Slow, nil, name: :slow)
    GenServer.call(:slow, :slow, 50)
  end
  test "await_many timeout" do
    tasks = [Task.async(fn -> :ok end), Task.async(fn -> Process.sleep(300) end)]
    try do
      Task.await_many(tasks, 50)
    catch
      :exit, {reason, {Task, fun, [_, t]}} -> flunk("#{inspect(reason)} #{fun} #{t}")
    end
  end
  test "yield_many" do
    tasks = [Task.async(fn -> :ok end), Task.async(fn -> Process.sleep(300) end)]
    assert [{_, {:ok, :ok}}, {_, nil}] = Task.yield_many(tasks, 100)
  end
  test "agent name taken" do
    {:ok, a} = Agent.start(fn -> 1 end, name: :taken)
    assert {:error, {:already_started, ^a}} = Agent.start(fn -> 1 end, name: :taken)
    Agent.start_link(fn -> 1 end, name: "bad name")
  end
end
