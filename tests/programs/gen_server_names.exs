# GenServer names: an atom, {:global, term}, {:via, module, term}; whereis; already_started.
defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
end

# A tiny name registry for {:via, ...}: a registered process holding a map of names to pids.
defmodule Names do
  import Kernel, except: [send: 2]

  def start do
    pid = spawn(fn -> loop(%{}) end)
    Process.register(pid, __MODULE__)
  end

  defp loop(names) do
    receive do
      {:register, name, pid, from} ->
        if Map.has_key?(names, name) do
          Kernel.send(from, {__MODULE__, :no})
          loop(names)
        else
          Process.monitor(pid)
          Kernel.send(from, {__MODULE__, :yes})
          loop(Map.put(names, name, pid))
        end

      {:unregister, name, from} ->
        Kernel.send(from, {__MODULE__, :ok})
        loop(Map.delete(names, name))

      {:whereis, name, from} ->
        Kernel.send(from, {__MODULE__, Map.get(names, name, :undefined)})
        loop(names)

      {:DOWN, _ref, :process, pid, _reason} ->
        loop(names |> Enum.reject(fn {_, p} -> p == pid end) |> Map.new())
    end
  end

  defp ask(msg) do
    Kernel.send(__MODULE__, msg)

    receive do
      {__MODULE__, answer} -> answer
    end
  end

  # the callbacks {:via, Names, name} needs
  def register_name(name, pid), do: ask({:register, name, pid, self()})
  def unregister_name(name), do: ask({:unregister, name, self()})
  def whereis_name(name), do: ask({:whereis, name, self()})

  def send(name, msg) do
    case whereis_name(name) do
      :undefined -> :erlang.exit({:badarg, {name, msg}})
      pid -> Kernel.send(pid, msg)
    end
  end
end

# an atom
{:ok, pid} = GenServer.start_link(Counter, 10, name: :counter)
IO.inspect(Process.whereis(:counter) == pid)
IO.inspect(GenServer.whereis(:counter) == pid)
GenServer.cast(:counter, {:add, 5})
IO.inspect(GenServer.call(:counter, :get))
IO.inspect(Process.info(pid, :registered_name))

# the same name again
{:error, {:already_started, other}} = GenServer.start(Counter, 0, name: :counter)
IO.inspect(other == pid, label: "already_started with the running pid")
{:error, {:already_started, _}} = GenServer.start_link(Counter, 0, name: :counter)
IO.puts("start_link too")

# a module name
{:ok, pid2} = GenServer.start(Counter, 1, name: Counter)
IO.inspect(GenServer.whereis(Counter) == pid2)
IO.inspect(GenServer.call(Counter, :get))

# {:global, term}
{:ok, gpid} = GenServer.start(Counter, 100, name: {:global, {:counter, 1}})
IO.inspect(GenServer.whereis({:global, {:counter, 1}}) == gpid)
IO.inspect(:global.whereis_name({:counter, 1}) == gpid)
GenServer.cast({:global, {:counter, 1}}, {:add, 1})
IO.inspect(GenServer.call({:global, {:counter, 1}}, :get))
IO.inspect(match?({:error, {:already_started, ^gpid}}, GenServer.start(Counter, 0, name: {:global, {:counter, 1}})))
IO.inspect({:counter, 1} in :global.registered_names())
IO.inspect(GenServer.stop({:global, {:counter, 1}}))

# {:via, module, term}
Names.start()
{:ok, vpid} = GenServer.start(Counter, 7, name: {:via, Names, "seven"})
IO.inspect(GenServer.whereis({:via, Names, "seven"}) == vpid)
GenServer.cast({:via, Names, "seven"}, {:add, 3})
IO.inspect(GenServer.call({:via, Names, "seven"}, :get))
IO.inspect(match?({:error, {:already_started, ^vpid}}, GenServer.start(Counter, 0, name: {:via, Names, "seven"})))
IO.inspect(GenServer.stop({:via, Names, "seven"}))

# {:via, :global, term} works too
{:ok, p} = GenServer.start(Counter, 3, name: {:via, :global, :via_global})
IO.inspect(GenServer.whereis({:global, :via_global}) == p)
IO.inspect(GenServer.call({:via, :global, :via_global}, :get))

# whereis of unknown names
IO.inspect(GenServer.whereis(:nobody))
IO.inspect(GenServer.whereis({:global, :nobody}))
IO.inspect(GenServer.whereis({:via, Names, "nobody"}))

# a stopped server frees its name
GenServer.stop(:counter)
IO.inspect(GenServer.whereis(:counter))
{:ok, again} = GenServer.start(Counter, 0, name: :counter)
IO.inspect(GenServer.whereis(:counter) == again)

# a bad name
try do
  GenServer.start(Counter, 0, name: "a string")
rescue
  e in ArgumentError -> IO.puts(e.message)
end
