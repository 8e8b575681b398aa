# requires: examples/ch07_writing_tests/todo_list.ex examples/ch07_writing_tests/todo_server.ex examples/ch07_writing_tests/todo_cache.ex
defmodule TodoCacheTest do
  use ExUnit.Case

  test "server_process" do
    {:ok, cache} = Todo.Cache.start()
    bob = Todo.Cache.server_process(cache, "bob")

    assert is_pid(bob)
    assert bob != Todo.Cache.server_process(cache, "alice")
    assert bob == Todo.Cache.server_process(cache, "bob")
  end

  test "to-do operations" do
    {:ok, cache} = Todo.Cache.start()
    alice = Todo.Cache.server_process(cache, "alice")
    Todo.Server.add_entry(alice, %{date: ~D[2024-06-01], title: "Dentist"})

    assert [%{date: ~D[2024-06-01], title: "Dentist"}] = Todo.Server.entries(alice, ~D[2024-06-01])
    assert Todo.Server.entries(alice, ~D[2024-06-02]) == []
  end
end
