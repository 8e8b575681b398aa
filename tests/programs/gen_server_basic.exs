# GenServer: start, call, cast, stop, and the client API around them.
defmodule Stack do
  use GenServer

  # client
  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def push(pid, item), do: GenServer.cast(pid, {:push, item})
  def pop(pid), do: GenServer.call(pid, :pop)
  def peek(pid), do: GenServer.call(pid, :peek)
  def size(pid), do: GenServer.call(pid, :size)

  # server
  @impl true
  def init(items) when is_list(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [top | rest]), do: {:reply, {:ok, top}, rest}
  def handle_call(:pop, _from, []), do: {:reply, :empty, []}
  def handle_call(:peek, _from, state), do: {:reply, List.first(state), state}
  def handle_call(:size, _from, state), do: {:reply, length(state), state}

  @impl true
  def handle_cast({:push, item}, state), do: {:noreply, [item | state]}
end

{:ok, pid} = Stack.start_link([:a])
IO.inspect(is_pid(pid))
IO.inspect(Stack.push(pid, :b))
Stack.push(pid, :c)
IO.inspect(Stack.size(pid))
IO.inspect(Stack.peek(pid))
IO.inspect(Stack.pop(pid))
IO.inspect(Stack.pop(pid))
IO.inspect(Stack.pop(pid))
IO.inspect(Stack.pop(pid))

# the calls are served one at a time, in order, from many clients
parent = self()

for i <- 1..10 do
  spawn(fn ->
    Stack.push(pid, i)
    send(parent, :pushed)
  end)
end

for _ <- 1..10 do
  receive do
    :pushed -> :ok
  end
end

IO.inspect(Stack.size(pid))
IO.inspect(Enum.sort(for _ <- 1..10, do: elem(Stack.pop(pid), 1)))

# GenServer.start (not linked)
{:ok, other} = GenServer.start(Stack, [1, 2, 3])
IO.inspect(Stack.size(other))
{:links, links} = Process.info(self(), :links)
IO.inspect({pid in links, other in links})

# stop
IO.inspect(GenServer.stop(other))
IO.inspect(Process.alive?(other))
IO.inspect(GenServer.stop(pid, :normal))
IO.inspect(Process.alive?(pid))

# a call with an explicit timeout
{:ok, pid} = GenServer.start(Stack, [])
Stack.push(pid, :x)
IO.inspect(GenServer.call(pid, :peek, 1000))
IO.inspect(GenServer.call(pid, :size, :infinity))

# a cast to a dead server or an unknown name is silent
GenServer.stop(pid)
IO.inspect(GenServer.cast(pid, {:push, 1}))
IO.inspect(GenServer.cast(:nobody_by_this_name, {:push, 1}))

# the server's state survives between calls, and a server is a process
{:ok, pid} = GenServer.start(Stack, [])
for i <- 1..100, do: Stack.push(pid, i)
IO.inspect(Stack.size(pid))
IO.inspect(Process.info(pid, :status) != nil)
IO.inspect(GenServer.whereis(pid) == pid)
GenServer.stop(pid)
