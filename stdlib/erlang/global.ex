defmodule :global do
  @moduledoc """
  Erlang's global name registry, for one node: names that are any term, held
  by a registered process (`:global_name_server`) started on first use. It
  monitors each registered pid and forgets its names when it ends, so
  `{:global, term}` GenServer names and `{:via, :global, term}` work.
  """

  import Kernel, except: [send: 2]

  @server :global_name_server

  @doc "Registers `pid` under `name`: `:yes`, or `:no` when the name is taken."
  @spec register_name(term, pid) :: :yes | :no
  def register_name(name, pid) when is_pid(pid), do: ask({:register, name, pid})

  @doc "Registers `pid` under `name`; the resolve function is not used on one node."
  @spec register_name(term, pid, function) :: :yes | :no
  def register_name(name, pid, _resolve) when is_pid(pid), do: register_name(name, pid)

  @doc "Like `register_name/2`, but takes the name from any holder."
  @spec re_register_name(term, pid) :: :yes
  def re_register_name(name, pid) when is_pid(pid), do: ask({:re_register, name, pid})

  @doc "Removes a name; `:ok` whether or not it was there."
  @spec unregister_name(term) :: :ok
  def unregister_name(name), do: ask({:unregister, name})

  @doc "The pid registered under `name`, or `:undefined`."
  @spec whereis_name(term) :: pid | :undefined
  def whereis_name(name) do
    case Process.whereis(@server) do
      nil -> :undefined
      _ -> ask({:whereis, name})
    end
  end

  @doc "Sends `msg` to the pid registered under `name`; exits with `{:badarg, {name, msg}}` if none."
  @spec send(term, term) :: pid
  def send(name, msg) do
    case whereis_name(name) do
      pid when is_pid(pid) ->
        Kernel.send(pid, msg)
        pid

      :undefined ->
        exit({:badarg, {name, msg}})
    end
  end

  @doc "Every registered global name."
  @spec registered_names() :: [term]
  def registered_names do
    case Process.whereis(@server) do
      nil -> []
      _ -> ask(:names)
    end
  end

  @doc "Runs `fun` (there is no other node to lock against)."
  @spec trans(term, (-> term)) :: term
  def trans(_id, fun), do: fun.()

  @doc "Runs `fun` (there is no other node to lock against)."
  @spec trans(term, (-> term), list) :: term
  def trans(_id, fun, _nodes), do: fun.()

  @doc "Synchronises with other nodes: there are none."
  @spec sync() :: :ok
  def sync, do: :ok

  defp ask(request) do
    server = server()
    ref = Process.monitor(server)
    Kernel.send(server, {request, self(), ref})

    receive do
      {^ref, answer} ->
        Process.demonitor(ref, [:flush])
        answer

      {:DOWN, ^ref, _, _, reason} ->
        exit(reason)
    end
  end

  # The name server, started by whoever needs it first; a lost race means another one got there.
  defp server do
    case Process.whereis(@server) do
      nil ->
        pid = spawn(fn -> serve(%{}, %{}) end)

        try do
          Process.register(pid, @server)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            server()
        end

      pid ->
        pid
    end
  end

  # `names` maps a name to {pid, monitor ref}; `held` maps a pid to the names it holds.
  defp serve(names, held) do
    receive do
      {{:register, name, pid}, from, ref} ->
        if Map.has_key?(names, name) or not Process.alive?(pid) do
          Kernel.send(from, {ref, :no})
          serve(names, held)
        else
          Kernel.send(from, {ref, :yes})
          {names, held} = add(names, held, name, pid)
          serve(names, held)
        end

      {{:re_register, name, pid}, from, ref} ->
        {names, held} = remove(names, held, name)
        Kernel.send(from, {ref, :yes})
        {names, held} = add(names, held, name, pid)
        serve(names, held)

      {{:unregister, name}, from, ref} ->
        {names, held} = remove(names, held, name)
        Kernel.send(from, {ref, :ok})
        serve(names, held)

      {{:whereis, name}, from, ref} ->
        answer =
          case names do
            %{^name => {pid, _}} -> pid
            _ -> :undefined
          end

        Kernel.send(from, {ref, answer})
        serve(names, held)

      {:names, from, ref} ->
        Kernel.send(from, {ref, Map.keys(names)})
        serve(names, held)

      {:DOWN, _ref, :process, pid, _reason} ->
        {gone, held} = Map.pop(held, pid, [])
        serve(Map.drop(names, gone), held)

      _other ->
        serve(names, held)
    end
  end

  defp add(names, held, name, pid) do
    mon = Process.monitor(pid)
    {Map.put(names, name, {pid, mon}), Map.update(held, pid, [name], &[name | &1])}
  end

  defp remove(names, held, name) do
    case Map.pop(names, name) do
      {nil, names} ->
        {names, held}

      {{pid, mon}, names} ->
        Process.demonitor(mon, [:flush])

        held =
          case List.delete(Map.get(held, pid, []), name) do
            [] -> Map.delete(held, pid)
            left -> Map.put(held, pid, left)
          end

        {names, held}
    end
  end
end
