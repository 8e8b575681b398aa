# Section 7.2.2: one server process per to-do list.
defmodule Todo.Server do
  use GenServer

  def start(name), do: GenServer.start(__MODULE__, name)
  def add_entry(server, entry), do: GenServer.cast(server, {:add_entry, entry})
  def entries(server, date), do: GenServer.call(server, {:entries, date})

  @impl GenServer
  def init(name), do: {:ok, {name, Todo.List.new()}}

  @impl GenServer
  def handle_cast({:add_entry, entry}, {name, list}),
    do: {:noreply, {name, Todo.List.add_entry(list, entry)}}

  @impl GenServer
  def handle_call({:entries, date}, _from, {name, list}),
    do: {:reply, Todo.List.entries(list, date), {name, list}}
end
