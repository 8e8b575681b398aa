# Section 6.2.5: more of GenServer: a registered name instead of a pid, init/1 that
# refuses to start, stop from a callback, and GenServer.stop/3.
defmodule Registry1 do
  use GenServer

  # started under a local name: the interface needs no pid
  def start(opts), do: GenServer.start(__MODULE__, opts, name: __MODULE__)
  def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})
  def get(key), do: GenServer.call(__MODULE__, {:get, key})
  def shutdown, do: GenServer.call(__MODULE__, :shutdown)

  @impl true
  def init(opts) do
    case Keyword.fetch(opts, :mode) do
      {:ok, :normal} -> {:ok, %{}}
      {:ok, :skip} -> :ignore
      _ -> {:stop, :no_mode_given}
    end
  end

  @impl true
  def handle_cast({:put, key, value}, s), do: {:noreply, Map.put(s, key, value)}

  @impl true
  def handle_call({:get, key}, _from, s), do: {:reply, Map.get(s, key), s}
  def handle_call(:shutdown, _from, s), do: {:stop, :normal, :shutting_down, s}
end

IO.inspect(Registry1.start([]), label: "no mode")
IO.inspect(Registry1.start(mode: :skip), label: "skip")
IO.inspect(GenServer.whereis(Registry1), label: "nothing registered")

{:ok, pid} = Registry1.start(mode: :normal)
IO.inspect(GenServer.whereis(Registry1) == pid, label: "registered")
Registry1.put(:lang, "Elixir")
IO.inspect(Registry1.get(:lang))

# a second server cannot take the same name
{:error, {:already_started, other}} = Registry1.start(mode: :normal)
IO.inspect(other == pid, label: "already started")

# stopping from a callback, with a reply
IO.inspect(Registry1.shutdown())
IO.inspect(Process.alive?(pid))

# stopping from outside
{:ok, pid} = Registry1.start(mode: :normal)
IO.inspect(GenServer.stop(Registry1))
IO.inspect(Process.alive?(pid))
