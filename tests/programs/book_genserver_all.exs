defmodule KeyValueStore do
  use GenServer

  def start, do: GenServer.start(KeyValueStore, nil)
  def put(pid, key, value), do: GenServer.cast(pid, {:put, key, value})
  def get(pid, key), do: GenServer.call(pid, {:get, key})

  @impl GenServer
  def init(_) do
    :timer.send_interval(5000, :cleanup)
    {:ok, %{}}
  end

  @impl GenServer
  def handle_info(:cleanup, state) do
    IO.puts("performing cleanup...")
    {:noreply, state}
  end
  def handle_info(other, state) do
    IO.puts("info: #{inspect(other)}")
    {:noreply, state}
  end

  @impl GenServer
  def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}

  @impl GenServer
  def handle_call({:get, key}, _, state), do: {:reply, Map.get(state, key), state}
  def handle_call(:stop_me, _, state), do: {:stop, :normal, :bye, state}
  def handle_call(:noreply_later, from, state) do
    spawn(fn -> GenServer.reply(from, :later) end)
    {:noreply, state}
  end
  def handle_call(:crash, _, _state), do: raise("boom")
end

{:ok, pid} = KeyValueStore.start()
KeyValueStore.put(pid, :some_key, :some_value)
IO.inspect(KeyValueStore.get(pid, :some_key))
IO.inspect(KeyValueStore.get(pid, :other))
send(pid, {:hello, 1})
IO.inspect(GenServer.call(pid, :noreply_later))
IO.inspect(:sys.get_state(pid))
IO.inspect(GenServer.call(pid, :stop_me))
Process.sleep(10)
IO.inspect(Process.alive?(pid))
IO.inspect(KeyValueStore.__info__(:functions) |> Enum.sort())
IO.inspect(KeyValueStore.child_spec(:arg))

defmodule Stack do
  use GenServer
  def start_link(init), do: GenServer.start_link(__MODULE__, init, name: __MODULE__)
  def init(:bad), do: {:stop, :bad_init}
  def init(:ignore), do: :ignore
  def init(list) when is_list(list), do: {:ok, list}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:pop, _from, []), do: {:reply, nil, []}
  def handle_call(:peek, _from, s), do: {:reply, List.first(s), s, :hibernate}
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def terminate(reason, state) do
    IO.puts("terminate #{inspect(reason)} #{inspect(state)}")
  end
end

IO.inspect(GenServer.start(Stack, :bad))
IO.inspect(GenServer.start(Stack, :ignore))
{:ok, s} = Stack.start_link([1, 2])
IO.inspect(Stack.start_link([3]) |> elem(0))
match?({:error, {:already_started, _}}, Stack.start_link([3])) |> IO.inspect()
GenServer.cast(Stack, {:push, 0})
IO.inspect(GenServer.call(Stack, :pop))
IO.inspect(GenServer.call(Stack, :peek))
IO.inspect(GenServer.call(s, :pop))
IO.inspect(GenServer.call(s, :pop))
IO.inspect(GenServer.call(s, :pop))
IO.inspect(GenServer.whereis(Stack) == s)
GenServer.stop(Stack)
IO.inspect(Process.whereis(Stack))
try do
  GenServer.call(Stack, :pop)
catch
  :exit, reason -> IO.inspect(reason, label: "exit")
end
{:ok, s2} = GenServer.start(Stack, [9])
GenServer.cast(s2, :stop)
Process.sleep(20)
IO.inspect(Process.alive?(s2))
{:ok, s3} = GenServer.start(Stack, [])
ref = Process.monitor(s3)
GenServer.stop(s3, :shutdown)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
end
{:ok, kv} = KeyValueStore.start()
:sys.replace_state(kv, fn s -> Map.put(s, :x, 1) end)
IO.inspect(:sys.get_state(kv))
IO.inspect(KeyValueStore.get(kv, :x))
