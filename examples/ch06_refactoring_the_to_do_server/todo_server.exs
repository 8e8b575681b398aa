# Section 6.1.5: the to-do server of chapter 5 rewritten on the generic server
# process: the loop and message protocol come from ServerProcess; TodoServer only
# has the callbacks (init, handle_cast for changes, handle_call for queries).
defmodule ServerProcess do
  def start(callback_module) do
    spawn(fn -> loop(callback_module, callback_module.init()) end)
  end

  def call(server_pid, request) do
    send(server_pid, {:call, request, self()})

    receive do
      {:response, response} -> response
    end
  end

  def cast(server_pid, request), do: send(server_pid, {:cast, request})

  defp loop(callback_module, state) do
    receive do
      {:call, request, caller} ->
        {response, state} = callback_module.handle_call(request, state)
        send(caller, {:response, response})
        loop(callback_module, state)

      {:cast, request} ->
        loop(callback_module, callback_module.handle_cast(request, state))
    end
  end
end

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

  def delete_entry(list, id), do: %TodoList{list | entries: Map.delete(list.entries, id)}
end

defmodule TodoServer do
  def start, do: ServerProcess.start(TodoServer)
  def add_entry(pid, entry), do: ServerProcess.cast(pid, {:add_entry, entry})
  def delete_entry(pid, id), do: ServerProcess.cast(pid, {:delete_entry, id})
  def entries(pid, date), do: ServerProcess.call(pid, {:entries, date})

  def init, do: TodoList.new()
  def handle_cast({:add_entry, entry}, list), do: TodoList.add_entry(list, entry)
  def handle_cast({:delete_entry, id}, list), do: TodoList.delete_entry(list, id)
  def handle_call({:entries, date}, list), do: {TodoList.entries(list, date), list}
end

todo = TodoServer.start()
TodoServer.add_entry(todo, %{date: ~D[2024-03-01], title: "Dentist"})
TodoServer.add_entry(todo, %{date: ~D[2024-03-02], title: "Shopping"})
TodoServer.add_entry(todo, %{date: ~D[2024-03-01], title: "Movies"})
IO.inspect(TodoServer.entries(todo, ~D[2024-03-01]))
TodoServer.delete_entry(todo, 1)
IO.inspect(TodoServer.entries(todo, ~D[2024-03-01]))
