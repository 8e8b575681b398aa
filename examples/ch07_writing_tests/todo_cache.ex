# Section 7.2.2: the cache hands out the server of a list by its name,
# starting it the first time the name is asked for.
defmodule Todo.Cache do
  use GenServer

  def start, do: GenServer.start(__MODULE__, nil)
  def server_process(cache, name), do: GenServer.call(cache, {:server_process, name})

  @impl GenServer
  def init(_), do: {:ok, %{}}

  @impl GenServer
  def handle_call({:server_process, name}, _from, servers) do
    case Map.fetch(servers, name) do
      {:ok, server} ->
        {:reply, server, servers}

      :error ->
        {:ok, server} = Todo.Server.start(name)
        {:reply, server, Map.put(servers, name, server)}
    end
  end
end
