# Deferred replies: handle_call returns {:noreply, ...} and GenServer.reply/2 answers later,
# possibly from another process and in another order.
defmodule Batcher do
  use GenServer

  @impl true
  def init(size), do: {:ok, %{size: size, waiting: []}}

  # each caller waits until `size` callers have arrived; then all get the batch, last caller first
  @impl true
  def handle_call({:join, name}, from, %{size: size, waiting: waiting} = s) do
    waiting = [{from, name} | waiting]

    if length(waiting) == size do
      names = waiting |> Enum.map(&elem(&1, 1)) |> Enum.sort()
      Enum.each(waiting, fn {f, _} -> GenServer.reply(f, {:batch, names}) end)
      {:noreply, %{s | waiting: []}}
    else
      {:noreply, %{s | waiting: waiting}}
    end
  end

  def handle_call({:delegate, x}, from, s) do
    # the reply comes from a helper process
    spawn(fn -> GenServer.reply(from, {:from_helper, x * 10}) end)
    {:noreply, s}
  end

  def handle_call(:reply_then_return, from, s) do
    GenServer.reply(from, :first)
    {:reply, :second_is_ignored_by_the_caller, s}
  end
end

{:ok, pid} = GenServer.start(Batcher, 3)
parent = self()

for name <- [:a, :b, :c] do
  spawn(fn -> send(parent, {name, GenServer.call(pid, {:join, name})}) end)
end

for _ <- 1..3 do
  receive do
    {name, reply} -> {name, reply}
  end
end
|> Enum.sort()
|> IO.inspect()

IO.inspect(GenServer.call(pid, {:delegate, 4}))
IO.inspect(GenServer.call(pid, :reply_then_return))
IO.inspect(GenServer.call(pid, {:delegate, 5}))

# GenServer.reply returns :ok
defmodule Echo do
  use GenServer
  def init(_), do: {:ok, nil}

  def handle_call(msg, from, s) do
    :ok = GenServer.reply(from, {:echo, msg})
    {:noreply, s}
  end
end

{:ok, echo} = GenServer.start(Echo, nil)
IO.inspect(GenServer.call(echo, :hi))
