defprotocol String.Chars do
  def to_string(thing)
end
defimpl String.Chars, for: Integer do
  def to_string(term) do
    Integer.to_string(term)
  end
end
defimpl String.Chars, for: TodoList do
  def to_string(_) do
    "#TodoList"
  end
end
defimpl Collectable, for: TodoList do
  def into(original) do
    {original, &into_callback/2}
  end

  defp into_callback(todo_list, {:cont, entry}) do
    TodoList.add_entry(todo_list, entry)
  end

  defp into_callback(todo_list, :done), do: todo_list
  defp into_callback(_todo_list, :halt), do: :ok
end
entries = [
  %{date: ~D[2018-12-19], title: "Dentist"},
  %{date: ~D[2018-12-20], title: "Shopping"},
  %{date: ~D[2018-12-19], title: "Movies"}
]
for entry <- entries, into: TodoList.new(), do: entry
Enum.into(entries, TodoList.new())
String.Chars.to_string(1)
"#{1}"
