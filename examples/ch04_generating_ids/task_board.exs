# Section 4.2.1: the collection hands out ids, keeping a counter beside the entries.
defmodule TaskBoard do
  defstruct next_id: 1, tasks: %{}

  def new, do: %TaskBoard{}

  def add(%TaskBoard{next_id: id, tasks: tasks} = board, task) do
    task = Map.put(task, :id, id)
    %TaskBoard{board | tasks: Map.put(tasks, id, task), next_id: id + 1}
  end

  def due_on(%TaskBoard{tasks: tasks}, date) do
    tasks
    |> Map.values()
    |> Enum.filter(&(&1.due == date))
    |> Enum.sort_by(& &1.id)
  end
end

board =
  TaskBoard.new()
  |> TaskBoard.add(%{due: ~D[2024-09-01], text: "Renew passport"})
  |> TaskBoard.add(%{due: ~D[2024-09-02], text: "Water plants"})
  |> TaskBoard.add(%{due: ~D[2024-09-01], text: "Send invoice"})

IO.inspect(board.next_id)
IO.inspect(TaskBoard.due_on(board, ~D[2024-09-01]))
IO.inspect(board)
