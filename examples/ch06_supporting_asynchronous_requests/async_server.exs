# Section 6.1.4: the generic server learns casts, fire-and-forget requests that change
# the state without a reply; calls and casts are tagged so the loop tells them apart.
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

  def cast(server_pid, request) do
    send(server_pid, {:cast, request})
    :ok
  end

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

defmodule KeyValueStore do
  def start, do: ServerProcess.start(KeyValueStore)
  def put(pid, key, value), do: ServerProcess.cast(pid, {:put, key, value})
  def get(pid, key), do: ServerProcess.call(pid, {:get, key})

  def init, do: %{}
  def handle_cast({:put, key, value}, state), do: Map.put(state, key, value)
  def handle_call({:get, key}, state), do: {Map.get(state, key), state}
end

pid = KeyValueStore.start()
# put returns at once; a later get still sees it, since the server takes messages in order
IO.inspect(KeyValueStore.put(pid, :a, 1))
KeyValueStore.put(pid, :b, 2)
KeyValueStore.put(pid, :a, 3)
IO.inspect(KeyValueStore.get(pid, :a))
IO.inspect(KeyValueStore.get(pid, :b))

# many casts from many processes, then one call
parent = self()

for n <- 1..20 do
  spawn(fn ->
    KeyValueStore.put(pid, {:key, n}, n * n)
    send(parent, :sent)
  end)
end

for _ <- 1..20, do: receive(do: (:sent -> :ok))
IO.inspect(Enum.map(1..20, &KeyValueStore.get(pid, {:key, &1})) |> Enum.sum())
