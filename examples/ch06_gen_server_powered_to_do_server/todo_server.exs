# Section 6.2.8: the to-do server on GenServer, registered under its module name.
defmodule TodoList do
  defstruct next_id: 1, entries: %{}

  def new, do: %TodoList{}

  def add_entry(list, entry) do
    entry = Map.put(entry, :id, list.next_id)
    %TodoList{list | entries: Map.put(list.entries, list.next_id, entry), next_id: list.next_id + 1}
  end

  def entries(list, date) do
    list.entries |> Map.values() |> Enum.filter(&(&1.date == date)) |> Enum.sort_by(& &1.id)
  end

  def update_entry(list, id, fun) do
    case Map.fetch(list.entries, id) do
      :error -> list
      {:ok, entry} -> %TodoList{list | entries: Map.put(list.entries, id, fun.(entry))}
    end
  end

  def delete_entry(list, id), do: %TodoList{list | entries: Map.delete(list.entries, id)}
end

defmodule TodoServer do
  use GenServer

  def start_link, do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def add_entry(entry), do: GenServer.cast(__MODULE__, {:add_entry, entry})
  def update_entry(id, fun), do: GenServer.cast(__MODULE__, {:update_entry, id, fun})
  def delete_entry(id), do: GenServer.cast(__MODULE__, {:delete_entry, id})
  def entries(date), do: GenServer.call(__MODULE__, {:entries, date})

  @impl GenServer
  def init(_), do: {:ok, TodoList.new()}

  @impl GenServer
  def handle_cast({:add_entry, entry}, list), do: {:noreply, TodoList.add_entry(list, entry)}
  def handle_cast({:update_entry, id, fun}, list), do: {:noreply, TodoList.update_entry(list, id, fun)}
  def handle_cast({:delete_entry, id}, list), do: {:noreply, TodoList.delete_entry(list, id)}

  @impl GenServer
  def handle_call({:entries, date}, _from, list), do: {:reply, TodoList.entries(list, date), list}
end

{:ok, _pid} = TodoServer.start_link()
TodoServer.add_entry(%{date: ~D[2024-06-01], title: "Dentist"})
TodoServer.add_entry(%{date: ~D[2024-06-02], title: "Shopping"})
TodoServer.add_entry(%{date: ~D[2024-06-01], title: "Movies"})
IO.inspect(TodoServer.entries(~D[2024-06-01]))

TodoServer.update_entry(1, &Map.put(&1, :title, "Dentist at 10"))
TodoServer.delete_entry(3)
IO.inspect(TodoServer.entries(~D[2024-06-01]))
IO.inspect(TodoServer.entries(~D[2024-06-02]))

# many clients at once; the server applies their requests one by one
parent = self()

for n <- 1..10 do
  spawn(fn ->
    TodoServer.add_entry(%{date: ~D[2024-06-03], title: "task #{n}"})
    send(parent, :added)
  end)
end

for _ <- 1..10, do: receive(do: (:added -> :ok))
IO.inspect(length(TodoServer.entries(~D[2024-06-03])))
