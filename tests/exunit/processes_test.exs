defmodule ProcessesTest do
  use ExUnit.Case

  setup_all do
    pid = spawn(fn -> receive do: (:never -> :ok) end)
    {:ok, keeper: pid}
  end

  test "each test runs in its own process" do
    parent = self()
    pid = spawn_link(fn -> receive do: (:never -> :ok) end)
    Process.register(pid, :linked_to_test)
    send(parent, :started)
    assert_received :started
  end

  test "processes linked to the previous test are gone" do
    Process.sleep(20)
    assert Process.whereis(:linked_to_test) == nil
  end

  test "setup_all's process outlives the tests", %{keeper: keeper} do
    assert Process.alive?(keeper)
  end

  test "a trapping test sees the shutdown of a linked process" do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit(:boom) end)
    assert_receive {:EXIT, ^pid, :boom}
  end
end
