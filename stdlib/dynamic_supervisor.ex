defmodule DynamicSupervisor do
  @moduledoc """
  A supervisor that starts with no children and is given them one by one
  (`start_child/2`), as in chapter 9 of the book: a GenServer whose callbacks
  are in this module, trapping exits, keeping its children by pid. A child
  that ends is restarted (with the same arguments) according to its
  `:restart` type; past `:max_restarts` restarts in `:max_seconds` the
  supervisor stops its children and exits with `:shutdown`.
  """

  @type init_option ::
          {:strategy, :one_for_one}
          | {:max_restarts, non_neg_integer}
          | {:max_seconds, pos_integer}
          | {:max_children, non_neg_integer | :infinity}
          | {:extra_arguments, [term]}

  @callback init(init_arg :: term) :: {:ok, map} | :ignore

  @doc false
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @behaviour DynamicSupervisor

      @doc false
      def child_spec(arg) do
        default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, type: :supervisor}
        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1
    end
  end

  @init_keys [:strategy, :max_seconds, :max_restarts, :max_children, :extra_arguments]

  ## Client

  @doc "Starts a dynamic supervisor with `options` (`:strategy`, `:max_children`, `:name`, ...)."
  def start_link(options) when is_list(options) do
    {init_options, start_options} = Keyword.split(options, @init_keys)
    start_link(DynamicSupervisor.Default, init(init_options), start_options)
  end

  def start_link(module, init_arg), do: start_link(module, init_arg, [])

  @doc "Starts a dynamic supervisor whose `module.init/1` gives its flags."
  def start_link(module, init_arg, options) when is_atom(module) and is_list(options),
    do: GenServer.start_link(__MODULE__, {module, init_arg}, options)

  @doc "The flags `init/1` of a dynamic supervisor module returns."
  def init(options) when is_list(options) do
    flags = %{
      strategy: Keyword.get(options, :strategy, :one_for_one),
      intensity: Keyword.get(options, :max_restarts, 3),
      period: Keyword.get(options, :max_seconds, 5),
      max_children: Keyword.get(options, :max_children, :infinity),
      extra_arguments: Keyword.get(options, :extra_arguments, [])
    }

    {:ok, flags}
  end

  @doc """
  Starts a child under the supervisor. The specification is checked here and
  sent as Erlang's supervisors take it, `{start, restart, shutdown, type, modules}`.
  """
  def start_child(supervisor, {_id, start, restart, shutdown, type, modules}) do
    spec = %{start: start, restart: restart, shutdown: shutdown, type: type, modules: modules}
    start_checked_child(supervisor, spec)
  end

  def start_child(supervisor, child_spec),
    do: start_checked_child(supervisor, Supervisor.child_spec(child_spec, []))

  defp start_checked_child(supervisor, spec) do
    case check_spec(spec) do
      {:ok, child} ->
        %{start: start, restart: restart, shutdown: shutdown, type: type, modules: modules} = child
        call(supervisor, {:start_child, {start, restart, shutdown, type, modules}})

      error ->
        error
    end
  end

  @doc "Stops the child `pid`."
  def terminate_child(supervisor, pid) when is_pid(pid),
    do: call(supervisor, {:terminate_child, pid})

  @doc "The children: `{:undefined, pid, type, modules}`."
  def which_children(supervisor), do: call(supervisor, :which_children)

  @doc "How many children there are: `:specs`, `:active`, `:supervisors`, `:workers`."
  def count_children(supervisor), do: call(supervisor, :count_children)

  @doc "Stops the supervisor, its children first."
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity),
    do: GenServer.stop(supervisor, reason, timeout)

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)

  ## The supervisor process

  @doc false
  def init({module, arg}) do
    Process.flag(:trap_exit, true)

    case module.init(arg) do
      {:ok, flags} when is_map(flags) ->
        case check_flags(flags) do
          {:ok, state} -> {:ok, Map.merge(state, %{children: %{}, restarts: []})}
          {:error, reason} -> {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp check_flags(flags) do
    state = %{
      strategy: Map.get(flags, :strategy, :one_for_one),
      intensity: Map.get(flags, :intensity, 3),
      period: Map.get(flags, :period, 5),
      max_children: Map.get(flags, :max_children, :infinity),
      extra_arguments: Map.get(flags, :extra_arguments, [])
    }

    cond do
      state.strategy != :one_for_one ->
        {:error, {:invalid_strategy, state.strategy}}

      not (is_integer(state.intensity) and state.intensity >= 0) ->
        {:error, {:invalid_intensity, state.intensity}}

      not (is_integer(state.period) and state.period > 0) ->
        {:error, {:invalid_period, state.period}}

      not (state.max_children == :infinity or
               (is_integer(state.max_children) and state.max_children >= 0)) ->
        {:error, {:invalid_max_children, state.max_children}}

      not is_list(state.extra_arguments) ->
        {:error, {:invalid_extra_arguments, state.extra_arguments}}

      true ->
        {:ok, state}
    end
  end

  # A child specification as kept: {:ok, child} or {:error, reason}.
  defp check_spec(%{start: {m, f, a}} = spec) when is_atom(m) and is_atom(f) and is_list(a) do
    type = Map.get(spec, :type, :worker)
    restart = Map.get(spec, :restart, :permanent)
    shutdown = Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity))
    modules = Map.get(spec, :modules, [m])

    cond do
      restart not in [:permanent, :transient, :temporary] ->
        {:error, {:invalid_restart_type, restart}}

      type not in [:worker, :supervisor] ->
        {:error, {:invalid_child_type, type}}

      not (shutdown in [:brutal_kill, :infinity] or (is_integer(shutdown) and shutdown >= 0)) ->
        {:error, {:invalid_shutdown, shutdown}}

      not (modules == :dynamic or is_list(modules)) ->
        {:error, {:invalid_modules, modules}}

      true ->
        {:ok, %{start: {m, f, a}, restart: restart, shutdown: shutdown, type: type, modules: modules}}
    end
  end

  defp check_spec(%{start: start}), do: {:error, {:invalid_mfa, start}}
  defp check_spec(other), do: {:error, {:invalid_child_spec, other}}

  @doc false
  def handle_call(:which_children, _from, state) do
    children =
      for {pid, child} <- state.children, do: {:undefined, pid, child.type, child.modules}

    {:reply, children, state}
  end

  def handle_call(:count_children, _from, state) do
    children = Map.values(state.children)

    counts = %{
      specs: length(children),
      active: length(children),
      supervisors: Enum.count(children, &(&1.type == :supervisor)),
      workers: Enum.count(children, &(&1.type == :worker))
    }

    {:reply, counts, state}
  end

  def handle_call({:start_child, {start, restart, shutdown, type, modules}}, _from, state) do
    child = %{start: start, restart: restart, shutdown: shutdown, type: type, modules: modules}

    with :ok <- room(state) do
      child = %{child | start: with_extra(child.start, state.extra_arguments)}

      case start(child) do
        {:ok, pid, info} ->
          reply = if info == :none, do: {:ok, pid}, else: {:ok, pid, info}
          {:reply, reply, put_in(state.children[pid], child)}

        other ->
          {:reply, other, state}
      end
    else
      error -> {:reply, error, state}
    end
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case Map.pop(state.children, pid) do
      {nil, _} ->
        {:reply, {:error, :not_found}, state}

      {child, children} ->
        shutdown(pid, child)
        {:reply, :ok, %{state | children: children}}
    end
  end

  defp room(%{max_children: :infinity}), do: :ok

  defp room(state) do
    if map_size(state.children) < state.max_children, do: :ok, else: {:error, :max_children}
  end

  defp with_extra({m, f, a}, extra), do: {m, f, extra ++ a}

  defp start(%{start: {m, f, a}}) do
    result =
      try do
        apply(m, f, a)
      catch
        :throw, value -> value
        :exit, reason -> {:EXIT, reason}
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
      end

    case result do
      {:ok, pid} when is_pid(pid) -> {:ok, pid, :none}
      {:ok, pid, info} when is_pid(pid) -> {:ok, pid, info}
      :ignore -> :ignore
      {:error, _} = error -> error
      other -> {:error, other}
    end
  end

  @doc false
  def handle_info({:EXIT, pid, reason}, state) do
    case Map.pop(state.children, pid) do
      {nil, _} -> {:noreply, state}
      {child, children} -> child_exited(child, reason, %{state | children: children})
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @doc false
  def handle_cast({:try_again_restart, child}, state), do: restart(child, state)

  defp child_exited(%{restart: :temporary}, _reason, state), do: {:noreply, state}

  defp child_exited(%{restart: :transient}, reason, state)
       when reason == :normal or reason == :shutdown or
              (is_tuple(reason) and tuple_size(reason) == 2 and elem(reason, 0) == :shutdown),
       do: {:noreply, state}

  defp child_exited(child, _reason, state), do: restart(child, state)

  defp restart(child, state) do
    now = System.monotonic_time(:second)
    restarts = [now | Enum.filter(state.restarts, &(now - &1 < state.period))]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      case start(child) do
        {:ok, pid, _info} ->
          {:noreply, put_in(state.children[pid], child)}

        :ignore ->
          {:noreply, state}

        {:error, _reason} ->
          GenServer.cast(self(), {:try_again_restart, child})
          {:noreply, state}
      end
    end
  end

  @doc false
  def terminate(_reason, state) do
    Enum.each(state.children, fn {pid, child} -> shutdown(pid, child) end)
    :ok
  end

  defp shutdown(pid, child) do
    ref = Process.monitor(pid)
    Process.unlink(pid)

    receive do
      {:EXIT, ^pid, _reason} -> wait_down(ref, :infinity)
    after
      0 ->
        case child.shutdown do
          :brutal_kill ->
            Process.exit(pid, :kill)
            wait_down(ref, :infinity)

          timeout ->
            Process.exit(pid, :shutdown)

            with :timeout <- wait_down(ref, timeout) do
              Process.exit(pid, :kill)
              wait_down(ref, :infinity)
            end
        end
    end
  end

  defp wait_down(ref, timeout) do
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    after
      timeout -> :timeout
    end
  end
end

defmodule DynamicSupervisor.Default do
  @moduledoc false
  # The callback module of `DynamicSupervisor.start_link/1`: its argument is
  # already what init/1 returns.
  def init(args), do: args
end
