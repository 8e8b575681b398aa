# Section 4.2.2: updating one entry by id with a function, and deleting entries.
defmodule TaskBoard do
  defstruct next_id: 1, tasks: %{}

  def new(entries \\ []), do: Enum.reduce(entries, %TaskBoard{}, &add(&2, &1))

  def add(board, task) do
    task = Map.put(task, :id, board.next_id)
    %TaskBoard{board | tasks: Map.put(board.tasks, board.next_id, task), next_id: board.next_id + 1}
  end

  def update(board, id, updater) do
    case Map.fetch(board.tasks, id) do
      :error ->
        board

      {:ok, old} ->
        new = updater.(old)
        %TaskBoard{board | tasks: Map.put(board.tasks, new.id, new)}
    end
  end

  def delete(board, id), do: %TaskBoard{board | tasks: Map.delete(board.tasks, id)}

  def texts(board), do: board.tasks |> Map.values() |> Enum.map(& &1.text)
end

board = TaskBoard.new([%{text: "Buy paint"}, %{text: "Paint fence"}, %{text: "Rest"}])
board = TaskBoard.update(board, 2, &Map.put(&1, :text, "Paint the whole fence"))
board = TaskBoard.update(board, 99, fn _ -> raise "never called" end)
IO.inspect(TaskBoard.texts(board))
board = TaskBoard.delete(board, 1)
IO.inspect(TaskBoard.texts(board))
IO.inspect(Map.keys(board.tasks))
