# The book's Todo.List.entries/2 filters its map of entries through a Stream:
# a callback that fails there shows the frames of Elixir's Stream and
# Enumerable between it and Enum.map/2, also inside a GenServer's exit.
defmodule Todo.List do
  defstruct auto_id: 1, entries: %{}

  def new(entries \\ []), do: Enum.reduce(entries, %Todo.List{}, &add_entry(&2, &1))

  def add_entry(todo_list, entry) do
    entry = Map.put(entry, :id, todo_list.auto_id)
    new_entries = Map.put(todo_list.entries, todo_list.auto_id, entry)
    %Todo.List{todo_list | entries: new_entries, auto_id: todo_list.auto_id + 1}
  end

  def entries(todo_list, date) do
    todo_list.entries
    |> Stream.filter(fn {_, entry} -> entry.date == date end)
    |> Enum.map(fn {_, entry} -> entry end)
  end
end

defmodule Todo.Server do
  use GenServer

  def start, do: GenServer.start(__MODULE__, nil, name: __MODULE__)
  def add_entry(entry), do: GenServer.cast(__MODULE__, {:add_entry, entry})
  def entries(date), do: GenServer.call(__MODULE__, {:entries, date})

  @impl GenServer
  def init(_), do: {:ok, Todo.List.new()}

  @impl GenServer
  def handle_cast({:add_entry, entry}, list), do: {:noreply, Todo.List.add_entry(list, entry)}

  @impl GenServer
  def handle_call({:entries, date}, _, list), do: {:reply, Todo.List.entries(list, date), list}
end

defmodule StreamFramesTest do
  use ExUnit.Case

  test "entries of a list with a bad entry" do
    list = Todo.List.new([%{date: ~D[2018-12-19], title: "Dentist"}, %{title: "no date"}])
    Todo.List.entries(list, ~D[2018-12-19])
  end

  test "over a MapSet" do
    Enum.map(MapSet.new([1, 2]), fn x -> x.name end)
  end

  test "in the server" do
    {:ok, _} = Todo.Server.start()
    Todo.Server.add_entry(%{title: "no date"})
    # (the server's crash report names pids: not logged)
    Logger.configure(level: :emergency)
    on_exit(fn -> Logger.configure(level: :debug) end)
    Todo.Server.entries(~D[2018-12-19])
  end

  test "good entries" do
    list = Todo.List.new([%{date: ~D[2018-12-19], title: "Dentist"}, %{date: ~D[2018-12-20], title: "Movies"}])
    assert [%{title: "Dentist"}] = Todo.List.entries(list, ~D[2018-12-19])
  end
end
