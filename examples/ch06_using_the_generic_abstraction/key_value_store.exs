# Section 6.1.3: a key-value store built on a hand-written generic server: the store
# module holds the callbacks and a friendly interface over ServerProcess.call.
defmodule ServerProcess do
  def start(callback_module) do
    spawn(fn -> loop(callback_module, callback_module.init()) end)
  end

  def call(server_pid, request) do
    send(server_pid, {request, self()})

    receive do
      {:response, response} -> response
    end
  end

  defp loop(callback_module, state) do
    receive do
      {request, caller} ->
        {response, state} = callback_module.handle_call(request, state)
        send(caller, {:response, response})
        loop(callback_module, state)
    end
  end
end

defmodule KeyValueStore do
  # interface: callers need not know the request format
  def start, do: ServerProcess.start(KeyValueStore)
  def put(pid, key, value), do: ServerProcess.call(pid, {:put, key, value})
  def get(pid, key), do: ServerProcess.call(pid, {:get, key})
  def keys(pid), do: ServerProcess.call(pid, :keys)

  # callbacks: run in the server process
  def init, do: %{}
  def handle_call({:put, key, value}, state), do: {:ok, Map.put(state, key, value)}
  def handle_call({:get, key}, state), do: {Map.get(state, key), state}
  def handle_call(:keys, state), do: {state |> Map.keys() |> Enum.sort(), state}
end

pid = KeyValueStore.start()
IO.inspect(KeyValueStore.put(pid, :some_key, :some_value))
IO.inspect(KeyValueStore.put(pid, :other_key, 42))
IO.inspect(KeyValueStore.get(pid, :some_key))
IO.inspect(KeyValueStore.get(pid, :missing))
IO.inspect(KeyValueStore.keys(pid))
