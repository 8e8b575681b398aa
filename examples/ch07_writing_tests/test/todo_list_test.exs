# requires: examples/ch07_writing_tests/todo_list.ex
defmodule TodoListTest do
  use ExUnit.Case, async: true

  setup do
    list =
      Todo.List.new([
        %{date: ~D[2024-06-01], title: "Dentist"},
        %{date: ~D[2024-06-02], title: "Shopping"},
        %{date: ~D[2024-06-01], title: "Movies"}
      ])

    {:ok, list: list}
  end

  test "empty list" do
    assert Todo.List.entries(Todo.List.new(), ~D[2024-06-01]) == []
  end

  test "entries of a day, in the order they were added", %{list: list} do
    assert [%{id: 1, title: "Dentist"}, %{id: 3, title: "Movies"}] =
             Todo.List.entries(list, ~D[2024-06-01])

    assert length(Todo.List.entries(list, ~D[2024-06-02])) == 1
  end

  describe "changing entries" do
    test "update_entry", %{list: list} do
      list = Todo.List.update_entry(list, 1, &Map.put(&1, :title, "Dentist at 10"))
      assert hd(Todo.List.entries(list, ~D[2024-06-01])).title == "Dentist at 10"
    end

    test "update_entry of an unknown id changes nothing", %{list: list} do
      assert Todo.List.update_entry(list, 99, fn _ -> flunk("not called") end) == list
    end

    test "delete_entry", %{list: list} do
      list = Todo.List.delete_entry(list, 1)
      refute Enum.any?(Todo.List.entries(list, ~D[2024-06-01]), &(&1.id == 1))
    end
  end
end
