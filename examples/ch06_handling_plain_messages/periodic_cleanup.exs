# Section 6.2.4: messages that are neither calls nor casts go to handle_info/2. Here a
# server schedules its own periodic :cleanup messages with Process.send_after/3.
defmodule Cache do
  use GenServer

  # entries live for `ttl` cleanup rounds
  def start(parent, interval), do: GenServer.start(__MODULE__, {parent, interval})
  def put(pid, key, value), do: GenServer.cast(pid, {:put, key, value})
  def keys(pid), do: GenServer.call(pid, :keys)

  @impl true
  def init({parent, interval}) do
    schedule(interval)
    {:ok, %{parent: parent, interval: interval, round: 0, entries: %{}}}
  end

  @impl true
  def handle_cast({:put, key, value}, s),
    do: {:noreply, %{s | entries: Map.put(s.entries, key, {value, s.round})}}

  @impl true
  def handle_call(:keys, _from, s), do: {:reply, s.entries |> Map.keys() |> Enum.sort(), s}

  @impl true
  def handle_info(:cleanup, s) do
    round = s.round + 1
    # drop what was added two or more rounds ago
    entries = s.entries |> Enum.reject(fn {_k, {_v, added}} -> round - added >= 2 end) |> Map.new()
    send(s.parent, {:cleaned, round, map_size(entries)})
    if round < 3, do: schedule(s.interval)
    {:noreply, %{s | round: round, entries: entries}}
  end

  defp schedule(interval), do: Process.send_after(self(), :cleanup, interval)
end

defmodule Wait do
  def cleaned do
    receive do
      {:cleaned, round, left} -> IO.puts("cleanup round #{round}: #{left} entries left")
    end
  end
end

{:ok, cache} = Cache.start(self(), 20)
Cache.put(cache, :a, 1)
Cache.put(cache, :b, 2)
Wait.cleaned()
Cache.put(cache, :c, 3)
IO.inspect(Cache.keys(cache))
Wait.cleaned()
IO.inspect(Cache.keys(cache))
Wait.cleaned()
IO.inspect(Cache.keys(cache))

# a plain send reaches handle_info too
defmodule Listener do
  use GenServer

  @impl true
  def init(parent), do: {:ok, parent}

  @impl true
  def handle_info(msg, parent) do
    send(parent, {:heard, msg})
    {:noreply, parent}
  end
end

{:ok, listener} = GenServer.start(Listener, self())
send(listener, :plain_message)
send(listener, {:with, "data"})

for _ <- 1..2 do
  receive do
    {:heard, msg} -> IO.inspect(msg, label: "heard")
  end
end
