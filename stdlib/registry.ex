defmodule Registry do
  @moduledoc """
  A local key-value process registry (chapter 9 names each to-do server with
  `{:via, Registry, {Todo.ProcessRegistry, key}}`).

  As in Elixir, `start_link/1` starts a supervisor registered under the
  registry's name, with a partition process (`Registry.Partition`, named
  `<registry>.PIDPartition0`) under it. The partition holds the entries, traps
  exits and is linked to each process that registers, so a process's entries
  go when it ends; lookups also skip processes that are no longer alive, so a
  dead process's name is gone at once. Every operation is a call to the
  partition; a registry whose supervisor is gone is an "unknown registry".
  """

  @type registry :: atom
  @type key :: term
  @type value :: term
  @type keys :: :unique | :duplicate

  @doc "The child specification of a registry: a supervisor whose id is the registry's name."
  @spec child_spec(keyword) :: Supervisor.child_spec()
  def child_spec(options) do
    %{
      id: Keyword.get(options, :name, Registry),
      start: {Registry, :start_link, [options]},
      type: :supervisor
    }
  end

  @doc """
  Starts a registry: `keys:` (`:unique` or `:duplicate`) and `name:` are
  required; `meta:` gives initial metadata and `listeners:` names processes
  told of each registration. `partitions:` is accepted; there is one partition.
  """
  @spec start_link(keyword) :: {:ok, pid} | {:error, term}
  def start_link(options) when is_list(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError,
            "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) ->
          name

        {:ok, other} ->
          raise ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"

        :error ->
          raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])

    unless Keyword.keyword?(meta) do
      raise ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}"
    end

    listeners = Keyword.get(options, :listeners, [])
    partitions = Keyword.get(options, :partitions, 1)
    compressed = Keyword.get(options, :compressed, false)

    entries =
      [{-1, {keys, partitions, nil, nil, listeners}}, {-2, {keys, partitions, nil}} | meta]

    arg = {keys, name, partitions, listeners, entries, compressed}

    with {:ok, pid} <- Supervisor.start_link(Registry.Supervisor, arg, name: name) do
      for {key, value} <- meta, do: put_meta(name, key, value)
      {:ok, pid}
    end
  end

  @doc false
  def start_link(options, _ignored), do: start_link(options)

  @doc """
  Registers the calling process under `key` with `value`: `{:ok, owner}`, or
  for a unique registry `{:error, {:already_registered, pid}}` when a live
  process holds the key.
  """
  @spec register(registry, key, value) :: {:ok, pid} | {:error, {:already_registered, pid}}
  def register(registry, key, value) do
    partition = info!(registry)
    ask(partition, registry, {:register, key, self(), value})
  end

  @doc "Removes the calling process's entries under `key`; always `:ok`."
  @spec unregister(registry, key) :: :ok
  def unregister(registry, key) do
    partition = info!(registry)
    ask(partition, registry, {:unregister, key, self()})
  end

  @doc "The calling process's entries under `key` whose value matches `pattern` and `guards` go."
  @spec unregister_match(registry, key, term, list) :: :ok
  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    partition = info!(registry)
    ask(partition, registry, {:unregister_match, key, self(), pattern, guards})
  end

  @doc "The `{pid, value}` entries under `key`, of processes that are alive."
  @spec lookup(registry, key) :: [{pid, value}]
  def lookup(registry, key) do
    partition = key_info!(registry)
    ask(partition, registry, {:lookup, key})
  end

  @doc "The keys `pid` is registered under, the newest first."
  @spec keys(registry, pid) :: [key]
  def keys(registry, pid) when is_pid(pid) do
    partition = info!(registry)
    ask(partition, registry, {:keys, pid})
  end

  @doc "The values `pid` registered under `key`."
  @spec values(registry, key, pid) :: [value]
  def values(registry, key, pid) when is_pid(pid) do
    partition = key_info!(registry)
    ask(partition, registry, {:values, key, pid})
  end

  @doc "The entries under `key` whose value matches `pattern` (a match-spec pattern) and `guards`."
  @spec match(registry, key, term, list) :: [{pid, value}]
  def match(registry, key, pattern, guards \\ []) when is_list(guards) do
    partition = key_info!(registry)
    ask(partition, registry, {:match, key, pattern, guards})
  end

  @doc "How many entries `match/4` would give."
  @spec count_match(registry, key, term, list) :: non_neg_integer
  def count_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    partition = key_info!(registry)
    length(ask(partition, registry, {:match, key, pattern, guards}))
  end

  @doc "How many entries the registry holds."
  @spec count(registry) :: non_neg_integer
  def count(registry) do
    partition = key_info!(registry)
    ask(partition, registry, :count)
  end

  @doc "The results of a match specification run over the `{key, pid, value}` entries."
  @spec select(registry, list) :: [term]
  def select(registry, spec) when is_list(spec) do
    partition = key_info!(registry)
    ask(partition, registry, {:select, spec})
  end

  @doc "How many entries a match specification selects (those whose body gives `true`)."
  @spec count_select(registry, list) :: non_neg_integer
  def count_select(registry, spec) when is_list(spec) do
    partition = key_info!(registry)
    partition |> ask(registry, {:select, spec}) |> Enum.count(&(&1 == true))
  end

  @doc "Calls `fun` with the entries under `key` (a unique registry's only when there is one)."
  @spec dispatch(registry, key, ([{pid, value}] -> term) | {module, atom, [term]}, keyword) :: :ok
  def dispatch(registry, key, fun, _options \\ []) do
    partition = key_info!(registry)

    case ask(partition, registry, {:lookup, key}) do
      [] ->
        :ok

      entries ->
        case fun do
          {module, function, args} -> apply(module, function, [entries | args])
          fun when is_function(fun, 1) -> fun.(entries)
        end

        :ok
    end
  end

  @doc """
  Changes the value the calling process holds under `key` in a unique
  registry: `{new_value, old_value}`, or `:error` when it holds none.
  """
  @spec update_value(registry, key, (value -> value)) :: {value, value} | :error
  def update_value(registry, key, fun) when is_function(fun, 1) do
    partition = key_info!(registry)

    case ask(partition, registry, {:value_of, key, self()}) do
      {:ok, old} ->
        new = fun.(old)
        ask(partition, registry, {:put_value, key, self(), new})
        {new, old}

      :error ->
        :error
    end
  end

  @doc "The registry's metadata under `key`: `{:ok, value}` or `:error`."
  @spec meta(registry, atom | tuple) :: {:ok, term} | :error
  def meta(registry, key) when is_atom(key) or is_tuple(key) do
    partition = partition(registry) || raise ArgumentError, unknown_meta(registry)
    ask(partition, registry, {:meta, key})
  end

  @doc "Stores metadata under `key`."
  @spec put_meta(registry, atom | tuple, term) :: :ok
  def put_meta(registry, key, value) when is_atom(key) or is_tuple(key) do
    partition = partition(registry) || raise ArgumentError, "unknown registry: #{inspect(registry)}"
    ask(partition, registry, {:put_meta, key, value})
  end

  @doc "Removes the metadata under `key`."
  @spec delete_meta(registry, atom | tuple) :: :ok
  def delete_meta(registry, key) when is_atom(key) or is_tuple(key) do
    partition = partition(registry) || raise ArgumentError, "unknown registry: #{inspect(registry)}"
    ask(partition, registry, {:delete_meta, key})
  end

  ## The `{:via, Registry, {registry, key}}` callbacks

  @doc false
  def register_name({registry, key}, pid), do: register_name(registry, key, nil, pid)
  def register_name({registry, key, value}, pid), do: register_name(registry, key, value, pid)

  defp register_name(registry, key, value, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  @doc false
  def whereis_name({registry, key}), do: whereis_name(registry, key)
  def whereis_name({registry, key, _value}), do: whereis_name(registry, key)

  defp whereis_name(registry, key) do
    partition = key_info!(registry)

    case ask(partition, registry, {:whereis, key}) do
      :duplicate -> raise ArgumentError, ":via is not supported for duplicate registries"
      found -> found
    end
  end

  @doc false
  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  @doc false
  def send({registry, key}, message) do
    case whereis_name({registry, key}) do
      pid when is_pid(pid) -> Kernel.send(pid, message)
      :undefined -> :erlang.error(:badarg, [{registry, key}, message])
    end
  end

  def send({registry, key, _value}, message), do: Registry.send({registry, key}, message)

  defp partition_name(registry), do: Module.concat(registry, "PIDPartition0")

  # The partition holding the entries, or nil. `key_info!/1` and `info!/1`
  # stand for Elixir's two lookups of a registry's tables, whose frames show
  # when the registry is unknown.
  defp partition(registry) when is_atom(registry),
    do: Process.whereis(registry) && Process.whereis(partition_name(registry))

  defp partition(_registry), do: nil

  defp key_info!(registry) do
    partition(registry) || raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  defp info!(registry) do
    partition(registry) || raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end

  defp unknown_meta(registry) do
    "unknown registry: #{inspect(registry)}. Either the registry name is invalid or " <>
      "the registry is not running, possibly because its application isn't started"
  end

  defp ask(partition, registry, request) do
    GenServer.call(partition, request, :infinity)
  catch
    :exit, _ -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
  end
end

defmodule Registry.Supervisor do
  @moduledoc """
  The supervisor a registry's name stands for: it starts the partitions,
  `<registry>.PIDPartition0` and on; the first holds every entry.
  """
  use Supervisor

  @impl true
  def init({kind, registry, partitions, listeners, _entries, compressed}) do
    children =
      for i <- 0..(partitions - 1) do
        name = Module.concat(registry, "PIDPartition#{i}")
        keys = Module.concat(registry, "KeyPartition#{i}")
        config = {kind, registry, i, partitions, keys, name, listeners, compressed}
        %{id: name, start: {Registry.Partition, :start_link, [name, config]}}
      end

    strategy = if kind == :unique, do: :one_for_all, else: :one_for_one
    Supervisor.init(children, strategy: strategy)
  end
end

defmodule Registry.Partition do
  @moduledoc """
  The process that holds a registry's entries, in a table kept in its
  dictionary (as Elixir's keeps them in an ETS table it owns, whose reference
  is the server's state): `keys`, from each key to its `{pid, value}` entries
  in registration order; `pids`, from each registered pid to its keys, the
  newest first. It traps exits and is linked to every registered process,
  whose entries go when its exit arrives.
  """
  use GenServer

  @table :"$registry_table"

  @doc false
  def start_link(name, config), do: GenServer.start_link(__MODULE__, config, name: name)

  @impl true
  def init({kind, registry, _index, _partitions, _keys, _name, listeners, _compressed}) do
    Process.flag(:trap_exit, true)
    table = %{registry: registry, kind: kind, meta: %{}, listeners: listeners, keys: %{}, pids: %{}}
    Process.put(@table, table)
    {:ok, make_ref()}
  end

  @impl true
  def handle_call(request, _from, ref) do
    {reply, table} = serve(request, Process.get(@table))
    Process.put(@table, table)
    {:reply, reply, ref}
  end

  @impl true
  def handle_info({:EXIT, pid, _reason}, ref) do
    table = Process.get(@table)
    keys = Map.get(table.pids, pid, [])
    table = Enum.reduce(keys, table, &drop(&2, &1, fn {holder, _} -> holder == pid end))
    Process.put(@table, table)
    {:noreply, ref}
  end

  def handle_info(_message, ref), do: {:noreply, ref}

  defp serve({:register, key, pid, value}, table) do
    case live_entries(table, key) do
      [{holder, _} | _] when table.kind == :unique ->
        {{:error, {:already_registered, holder}}, table}

      _ ->
        table = if table.kind == :unique, do: drop(table, key, fn _ -> true end), else: table
        Process.link(pid)
        entries = Map.get(table.keys, key, []) ++ [{pid, value}]
        table = %{table | keys: Map.put(table.keys, key, entries)}
        table = %{table | pids: Map.update(table.pids, pid, [key], &[key | &1])}
        tell(table, {:register, table.registry, key, pid, value})
        {{:ok, self()}, table}
    end
  end

  defp serve({:unregister, key, pid}, table),
    do: {:ok, drop(table, key, fn {holder, _} -> holder == pid end)}

  defp serve({:unregister_match, key, pid, pattern, guards}, table) do
    spec = value_spec(pattern, guards)
    doomed = fn {holder, value} -> holder == pid and :ets.match_spec_run([value], spec) != [] end
    {:ok, drop(table, key, doomed)}
  end

  defp serve({:lookup, key}, table), do: {live_entries(table, key), table}

  defp serve({:whereis, _key}, %{kind: :duplicate} = table), do: {:duplicate, table}

  defp serve({:whereis, key}, table) do
    case live_entries(table, key) do
      [{pid, _}] -> {pid, table}
      [] -> {:undefined, table}
    end
  end

  defp serve({:keys, pid}, table) do
    {if(Process.alive?(pid), do: Map.get(table.pids, pid, []), else: []), table}
  end

  defp serve({:values, key, pid}, table) do
    {for({^pid, value} <- live_entries(table, key), do: value), table}
  end

  defp serve({:match, key, pattern, guards}, table) do
    spec = value_spec(pattern, guards)
    matches? = fn {_, value} -> :ets.match_spec_run([value], spec) != [] end
    {Enum.filter(live_entries(table, key), matches?), table}
  end

  defp serve(:count, table) do
    {table.keys |> Map.values() |> Enum.map(&length/1) |> Enum.sum(), table}
  end

  defp serve({:select, spec}, table) do
    triples = for {key, entries} <- table.keys, {pid, value} <- entries, do: {key, pid, value}
    {:ets.match_spec_run(triples, spec), table}
  end

  defp serve({:value_of, key, pid}, table) do
    case live_entries(table, key) do
      [{^pid, value}] when table.kind == :unique -> {{:ok, value}, table}
      _ -> {:error, table}
    end
  end

  defp serve({:put_value, key, pid, value}, table),
    do: {:ok, %{table | keys: Map.put(table.keys, key, [{pid, value}])}}

  defp serve({:meta, key}, table), do: {Map.fetch(table.meta, key), table}

  defp serve({:put_meta, key, value}, table),
    do: {:ok, %{table | meta: Map.put(table.meta, key, value)}}

  defp serve({:delete_meta, key}, table), do: {:ok, %{table | meta: Map.delete(table.meta, key)}}

  defp live_entries(table, key) do
    for {pid, _} = entry <- Map.get(table.keys, key, []), Process.alive?(pid), do: entry
  end

  # Removes the entries under `key` for which `doomed?` holds; a pid left
  # with no keys is unlinked.
  defp drop(table, key, doomed?) do
    {gone, kept} = table.keys |> Map.get(key, []) |> Enum.split_with(doomed?)
    keys = if kept == [], do: Map.delete(table.keys, key), else: Map.put(table.keys, key, kept)

    pids =
      gone
      |> Enum.map(&elem(&1, 0))
      |> Enum.uniq()
      |> Enum.reduce(table.pids, fn pid, pids ->
        still = for {^pid, _} <- kept, do: key
        left = still ++ Enum.reject(Map.get(pids, pid, []), &(&1 == key))

        if left == [] do
          Process.unlink(pid)
          Map.delete(pids, pid)
        else
          Map.put(pids, pid, left)
        end
      end)

    for {pid, _} <- gone, do: tell(table, {:unregister, table.registry, key, pid})
    %{table | keys: keys, pids: pids}
  end

  defp value_spec(pattern, guards), do: [{pattern, guards, [true]}]

  defp tell(table, message) do
    for listener <- table.listeners, do: Kernel.send(listener, message)
  end
end
