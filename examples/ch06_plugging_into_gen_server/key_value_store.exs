# Section 6.2.2: the key-value store again, now on GenServer. `use GenServer` brings
# default callbacks; the module provides init/1, handle_cast/2 and handle_call/3.
defmodule KeyValueStore do
  use GenServer

  def start, do: GenServer.start(KeyValueStore, nil)
  def put(pid, key, value), do: GenServer.cast(pid, {:put, key, value})
  def get(pid, key), do: GenServer.call(pid, {:get, key})

  @impl GenServer
  def init(_), do: {:ok, %{}}

  @impl GenServer
  def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}

  @impl GenServer
  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}
end

{:ok, pid} = KeyValueStore.start()
IO.inspect(is_pid(pid))
KeyValueStore.put(pid, :some_key, :some_value)
IO.inspect(KeyValueStore.get(pid, :some_key))
IO.inspect(KeyValueStore.get(pid, :other_key))

# what use GenServer added to the module
IO.inspect(function_exported?(KeyValueStore, :child_spec, 1))
IO.inspect(function_exported?(KeyValueStore, :handle_info, 2))
IO.inspect(function_exported?(KeyValueStore, :terminate, 2))
IO.inspect(KeyValueStore.child_spec(:arg))
