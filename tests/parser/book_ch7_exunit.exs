ExUnit.start()
defmodule TodoCacheTest do
  use ExUnit.Case, async: true

  setup do
    {:ok, cache} = Todo.Cache.start()
    on_exit(fn -> :ok end)
    %{cache: cache}
  end

  describe "server_process" do
    test "returns the same pid for the same name", %{cache: cache} do
      bob_pid = Todo.Cache.server_process(cache, "bob")

      assert bob_pid != Todo.Cache.server_process(cache, "alice")
      assert bob_pid == Todo.Cache.server_process(cache, "bob")
    end
  end

  test "to-do operations" do
    {:ok, cache} = Todo.Cache.start()
    alice = Todo.Cache.server_process(cache, "alice")
    Todo.Server.add_entry(alice, %{date: ~D[2018-12-19], title: "Dentist"})
    entries = Todo.Server.entries(alice, ~D[2018-12-19])

    assert [%{date: ~D[2018-12-19], title: "Dentist"}] = entries
    refute entries == []
    assert_raise ArgumentError, fn -> raise ArgumentError end
    assert_receive {:done, _}, 1000
  end

  @tag :slow
  test "a tagged test", context do
    assert context.test
  end
end
