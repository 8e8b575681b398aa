defmodule Supervisor do
  @moduledoc """
  A process that starts, watches and restarts other processes (its
  children), the way chapter 8 of the book uses it.

  This module is the client side, as in Elixir: it turns children given as
  modules, `{module, arg}` tuples and maps into child specifications and
  talks to the supervisor process, which runs `:supervisor` (below) as the
  callback module of a `GenServer`. The supervisor traps exits; when a child
  ends it is restarted according to its `:restart` type and the strategy
  (`:one_for_one`, `:one_for_all`, `:rest_for_one`), unless more than
  `:max_restarts` restarts happened in `:max_seconds`, in which case the
  supervisor stops its children and exits with `:shutdown`.
  """

  @type child :: pid | :undefined
  @type child_spec :: %{
          required(:id) => term,
          required(:start) => {module, atom, [term]},
          optional(:restart) => :permanent | :transient | :temporary,
          optional(:shutdown) => timeout | :brutal_kill,
          optional(:type) => :worker | :supervisor,
          optional(:modules) => [module] | :dynamic
        }
  @type strategy :: :one_for_one | :one_for_all | :rest_for_one
  @type sup_flags :: %{strategy: strategy, intensity: non_neg_integer, period: pos_integer}
  @type on_start :: {:ok, pid} | :ignore | {:error, {:already_started, pid} | term}
  @type supervisor :: pid | atom | {atom, node}

  @callback init(init_arg :: term) ::
              {:ok, {sup_flags, [child_spec | {module, term} | module]}} | :ignore

  @doc false
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @behaviour Supervisor

      @doc false
      def child_spec(init_arg) do
        default = %{
          id: __MODULE__,
          start: {__MODULE__, :start_link, [init_arg]},
          type: :supervisor
        }

        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1
    end
  end

  @child_keys [:id, :start, :restart, :shutdown, :type, :modules, :significant]

  ## Starting

  @doc """
  Starts a supervisor of `children` (with options `:strategy`,
  `:max_restarts`, `:max_seconds`, `:name`), or one whose `module.init/1`
  gives its children.
  """
  @spec start_link([term], keyword) :: on_start
  def start_link(children, options) when is_list(children) do
    {sup_options, start_options} =
      Keyword.split(options, [:strategy, :max_seconds, :max_restarts, :max_children])

    start_link(Supervisor.Default, init(children, sup_options), start_options)
  end

  def start_link(module, init_arg), do: start_link(module, init_arg, [])

  @spec start_link(module, term, GenServer.options()) :: on_start
  def start_link(module, init_arg, options) when is_atom(module) and is_list(options),
    do: GenServer.start_link(:supervisor, {module, init_arg}, options)

  @doc "What `init/1` of a supervisor module returns: the flags and the children's specifications."
  @spec init([term], keyword) :: {:ok, {sup_flags, [child_spec]}}
  def init(children, options) when is_list(children) and is_list(options) do
    strategy =
      case Keyword.fetch(options, :strategy) do
        {:ok, strategy} -> strategy
        :error -> raise ArgumentError, "expected :strategy option to be given"
      end

    flags = %{
      strategy: strategy,
      intensity: Keyword.get(options, :max_restarts, 3),
      period: Keyword.get(options, :max_seconds, 5)
    }

    {:ok, {flags, Enum.map(children, &init_child/1)}}
  end

  @doc "The child specification of `module_or_map`, with `overrides` applied."
  @spec child_spec(child_spec | {module, term} | module, keyword) :: child_spec
  def child_spec(module_or_map, overrides) do
    Enum.reduce(overrides, init_child(module_or_map), fn
      {key, value}, acc when key in @child_keys ->
        Map.put(acc, key, value)

      {key, _value}, _acc ->
        raise ArgumentError, "unknown key #{inspect(key)} in child specification override"
    end)
  end

  defp init_child(module) when is_atom(module), do: init_child({module, []})

  defp init_child({module, arg}) when is_atom(module) do
    cond do
      function_exported?(module, :child_spec, 1) ->
        module.child_spec(arg)

      Code.ensure_loaded?(module) and function_exported?(module, :child_spec, 1) ->
        module.child_spec(arg)

      Code.ensure_loaded?(module) ->
        raise ArgumentError, no_child_spec(module)

      true ->
        raise ArgumentError,
              "The module #{inspect(module)} was given as a child to a supervisor but it does not exist."
    end
  end

  defp init_child(map) when is_map(map), do: map
  defp init_child({_, _, _, _, _, _} = tuple), do: tuple

  defp init_child(other) do
    raise ArgumentError, """
    supervisors expect each child to be one of the following:

      * a module
      * a {module, arg} tuple
      * a child specification as a map with at least the :id and :start fields
      * or a tuple with 6 elements generated by Supervisor.Spec (deprecated)

    Got: #{inspect(other)}
    """
  end

  defp no_child_spec(module) do
    """
    The module #{inspect(module)} was given as a child to a supervisor
    but it does not implement child_spec/1.

    If you own the given module, please define a child_spec/1 function
    that receives an argument and returns a child specification as a map.
    For example:

        def child_spec(opts) do
          %{
            id: __MODULE__,
            start: {__MODULE__, :start_link, [opts]},
            type: :worker,
            restart: :permanent,
            shutdown: 500
          }
        end

    Note that "use Agent", "use GenServer" and so on automatically define
    this function for you.

    However, if you don't own the given module and it doesn't implement
    child_spec/1, instead of passing the module name directly as a supervisor
    child, you will have to pass a child specification as a map:

        %{
          id: #{inspect(module)},
          start: {#{inspect(module)}, :start_link, [arg1, arg2]}
        }

    See the Supervisor documentation for more information.
    """
  end

  ## Children

  @doc "Starts one more child."
  @spec start_child(supervisor, term) :: {:ok, child} | {:ok, child, term} | {:error, term}
  def start_child(supervisor, child_spec),
    do: call(supervisor, {:start_child, child_spec(child_spec, [])})

  @doc "Stops the child `id`; its specification stays (unless it is temporary)."
  @spec terminate_child(supervisor, term) :: :ok | {:error, :not_found}
  def terminate_child(supervisor, id), do: call(supervisor, {:terminate_child, id})

  @doc "Starts again the stopped child `id`."
  @spec restart_child(supervisor, term) :: {:ok, child} | {:ok, child, term} | {:error, term}
  def restart_child(supervisor, id), do: call(supervisor, {:restart_child, id})

  @doc "Removes the specification of the stopped child `id`."
  @spec delete_child(supervisor, term) :: :ok | {:error, term}
  def delete_child(supervisor, id), do: call(supervisor, {:delete_child, id})

  @doc "The children, the last started first: `{id, pid, type, modules}`."
  @spec which_children(supervisor) :: [{term, child | :restarting, :worker | :supervisor, term}]
  def which_children(supervisor), do: call(supervisor, :which_children)

  @doc "How many children there are: `:specs`, `:active`, `:supervisors`, `:workers`."
  @spec count_children(supervisor) :: %{
          specs: non_neg_integer,
          active: non_neg_integer,
          supervisors: non_neg_integer,
          workers: non_neg_integer
        }
  def count_children(supervisor), do: call(supervisor, :count_children)

  @doc "Stops the supervisor, its children first."
  @spec stop(supervisor, term, timeout) :: :ok
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity),
    do: GenServer.stop(supervisor, reason, timeout)

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)
end

defmodule Supervisor.Default do
  @moduledoc false
  # The callback module of `Supervisor.start_link/2`: its argument is already
  # what init/1 returns.
  def init(args), do: args
end

defmodule :supervisor do
  @moduledoc false
  # The supervisor process: the callback module of a GenServer, as Erlang's
  # supervisor is a gen_server. Its state keeps the children in the order they
  # were started; each is a map of its normalised specification and its pid
  # (`:undefined` when not running, `:restarting` while a failed restart is
  # retried).

  @defaults %{restart: :permanent, type: :worker}

  def start_link(module, arg), do: Supervisor.start_link(module, arg)
  def start_link(name, module, arg), do: Supervisor.start_link(module, arg, name: name)
  def which_children(supervisor), do: Supervisor.which_children(supervisor)
  def count_children(supervisor), do: Supervisor.count_children(supervisor)
  def terminate_child(supervisor, id), do: Supervisor.terminate_child(supervisor, id)
  def restart_child(supervisor, id), do: Supervisor.restart_child(supervisor, id)
  def delete_child(supervisor, id), do: Supervisor.delete_child(supervisor, id)

  def start_child(supervisor, spec),
    do: GenServer.call(supervisor, {:start_child, spec}, :infinity)

  ## Starting

  def init({module, arg}) do
    Process.flag(:trap_exit, true)

    case module.init(arg) do
      {:ok, {flags, specs}} ->
        with {:ok, state} <- check_flags(flags),
             {:ok, children} <- check_specs(specs) do
          name =
            case Process.info(self(), :registered_name) do
              {:registered_name, name} when is_atom(name) -> {:local, name}
              _ -> {self(), module}
            end

          state = Map.merge(state, %{name: name, module: module, arg: arg, restarts: []})

          case start_children(children, []) do
            {:ok, children} ->
              {:ok, Map.put(state, :children, children)}

            {:error, id, reason} ->
              {:stop, {:shutdown, {:failed_to_start_child, id, reason}}}
          end
        else
          {:error, reason} -> {:stop, reason}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp check_flags({strategy, intensity, period}),
    do: check_flags(%{strategy: strategy, intensity: intensity, period: period})

  defp check_flags(flags) when is_map(flags) do
    strategy = Map.get(flags, :strategy, :one_for_one)
    intensity = Map.get(flags, :intensity, 1)
    period = Map.get(flags, :period, 5)

    cond do
      strategy not in [:one_for_one, :one_for_all, :rest_for_one, :simple_one_for_one] ->
        {:error, {:supervisor_data, {:invalid_strategy, strategy}}}

      not (is_integer(intensity) and intensity >= 0) ->
        {:error, {:supervisor_data, {:invalid_intensity, intensity}}}

      not (is_integer(period) and period > 0) ->
        {:error, {:supervisor_data, {:invalid_period, period}}}

      true ->
        {:ok, %{strategy: strategy, intensity: intensity, period: period}}
    end
  end

  defp check_flags(other), do: {:error, {:supervisor_data, {:invalid_type, other}}}

  defp check_specs(specs) do
    result =
      Enum.reduce_while(specs, {:ok, []}, fn spec, {:ok, acc} ->
        case check_spec(spec) do
          {:ok, child} ->
            if Enum.any?(acc, &(&1.id == child.id)),
              do: {:halt, {:error, {:duplicate_child_name, child.id}}},
              else: {:cont, {:ok, [child | acc]}}

          error ->
            {:halt, error}
        end
      end)

    case result do
      {:ok, children} -> {:ok, Enum.reverse(children)}
      {:error, reason} -> {:error, {:start_spec, reason}}
    end
  end

  # A specification as a child: {:ok, child} or {:error, reason}.
  defp check_spec({id, start, restart, shutdown, type, modules}),
    do:
      check_spec(%{
        id: id,
        start: start,
        restart: restart,
        shutdown: shutdown,
        type: type,
        modules: modules
      })

  defp check_spec(spec) when is_map(spec) do
    spec = Map.merge(@defaults, spec)

    cond do
      not Map.has_key?(spec, :id) ->
        {:error, :missing_id}

      not Map.has_key?(spec, :start) ->
        {:error, :missing_start}

      not match?({m, f, a} when is_atom(m) and is_atom(f) and is_list(a), spec.start) ->
        {:error, {:invalid_mfa, spec.start}}

      spec.restart not in [:permanent, :transient, :temporary] ->
        {:error, {:invalid_restart_type, spec.restart}}

      spec.type not in [:worker, :supervisor] ->
        {:error, {:invalid_child_type, spec.type}}

      true ->
        shutdown =
          Map.get(spec, :shutdown, if(spec.type == :worker, do: 5000, else: :infinity))

        {module, _, _} = spec.start
        modules = Map.get(spec, :modules, [module])

        cond do
          not (shutdown in [:brutal_kill, :infinity] or (is_integer(shutdown) and shutdown >= 0)) ->
            {:error, {:invalid_shutdown, shutdown}}

          not (modules == :dynamic or is_list(modules)) ->
            {:error, {:invalid_modules, modules}}

          true ->
            {:ok,
             %{
               id: spec.id,
               pid: :undefined,
               start: spec.start,
               restart: spec.restart,
               shutdown: shutdown,
               type: spec.type,
               modules: modules
             }}
        end
    end
  end

  defp check_spec(other), do: {:error, {:invalid_child_spec, other}}

  # Starts the children in order; on a failure, stops those already started.
  defp start_children([], started), do: {:ok, Enum.reverse(started)}

  defp start_children([child | rest], started) do
    case start(child) do
      {:ok, pid, _info} ->
        start_children(rest, [%{child | pid: pid} | started])

      :ignore when child.restart == :temporary ->
        start_children(rest, started)

      :ignore ->
        start_children(rest, [child | started])

      {:error, reason} ->
        Enum.each(started, &shutdown/1)
        {:error, child.id, reason}
    end
  end

  # Calls a child's start function: {:ok, pid, info} (info :none when none),
  # :ignore or {:error, reason}.
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
      {:ok, :undefined} -> :ignore
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  ## Requests

  def handle_call(:which_children, _from, state) do
    children =
      state.children
      |> Enum.reverse()
      |> Enum.map(&{&1.id, &1.pid, &1.type, &1.modules})

    {:reply, children, state}
  end

  def handle_call(:count_children, _from, state) do
    children = state.children

    counts = %{
      specs: length(children),
      active: Enum.count(children, &is_pid(&1.pid)),
      supervisors: Enum.count(children, &(&1.type == :supervisor)),
      workers: Enum.count(children, &(&1.type == :worker))
    }

    {:reply, counts, state}
  end

  def handle_call({:start_child, spec}, _from, state) do
    with {:ok, child} <- check_spec(spec),
         nil <- find(state, child.id) do
      case start(child) do
        {:ok, pid, info} ->
          reply = if info == :none, do: {:ok, pid}, else: {:ok, pid, info}
          {:reply, reply, add(state, %{child | pid: pid})}

        :ignore when child.restart == :temporary ->
          {:reply, {:ok, :undefined}, state}

        :ignore ->
          {:reply, {:ok, :undefined}, add(state, child)}

        {:error, reason} ->
          {:reply, {:error, {reason, record(child)}}, state}
      end
    else
      {:error, reason} -> {:reply, {:error, reason}, state}
      %{pid: pid} when is_pid(pid) -> {:reply, {:error, {:already_started, pid}}, state}
      %{} -> {:reply, {:error, :already_present}, state}
    end
  end

  def handle_call({:terminate_child, id}, _from, state) do
    case find(state, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        shutdown(child)

        state =
          if child.restart == :temporary,
            do: remove(state, id),
            else: put(state, %{child | pid: :undefined})

        {:reply, :ok, state}
    end
  end

  def handle_call({:restart_child, id}, _from, state) do
    case find(state, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      %{pid: :undefined} = child ->
        case start(child) do
          {:ok, pid, info} ->
            reply = if info == :none, do: {:ok, pid}, else: {:ok, pid, info}
            {:reply, reply, put(state, %{child | pid: pid})}

          :ignore ->
            {:reply, {:ok, :undefined}, state}

          {:error, reason} ->
            {:reply, {:error, reason}, state}
        end

      %{pid: :restarting} ->
        {:reply, {:error, :restarting}, state}

      _running ->
        {:reply, {:error, :running}, state}
    end
  end

  def handle_call({:delete_child, id}, _from, state) do
    case find(state, id) do
      nil -> {:reply, {:error, :not_found}, state}
      %{pid: :undefined} -> {:reply, :ok, remove(state, id)}
      %{pid: :restarting} -> {:reply, {:error, :restarting}, state}
      _running -> {:reply, {:error, :running}, state}
    end
  end

  def handle_cast({:try_again_restart, id}, state) do
    case find(state, id) do
      %{pid: :restarting} = child -> restart(child, state)
      _ -> {:noreply, state}
    end
  end

  ## A child ends

  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(state.children, &(&1.pid == pid)) do
      nil -> {:noreply, state}
      child -> child_exited(%{child | pid: :undefined}, reason, state)
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defp child_exited(%{restart: :temporary} = child, _reason, state),
    do: {:noreply, remove(state, child.id)}

  defp child_exited(%{restart: :transient} = child, reason, state)
       when reason == :normal or reason == :shutdown or
              (is_tuple(reason) and tuple_size(reason) == 2 and elem(reason, 0) == :shutdown),
       do: {:noreply, put(state, child)}

  defp child_exited(child, _reason, state), do: restart(child, put(state, child))

  # One more restart: within the allowed intensity the strategy restarts
  # the child (and its siblings); past it the supervisor gives up.
  defp restart(child, state) do
    now = System.monotonic_time(:second)
    restarts = [now | Enum.filter(state.restarts, &(now - &1 < state.period))]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      restart_by_strategy(state.strategy, child, state)
    end
  end

  defp restart_by_strategy(:one_for_all, child, state) do
    state.children |> Enum.reverse() |> Enum.each(&shutdown/1)
    others_out = Enum.reject(state.children, &(&1.id != child.id and &1.restart == :temporary))
    restart_from(Enum.map(others_out, &%{&1 | pid: :undefined}), [], state)
  end

  defp restart_by_strategy(:rest_for_one, child, state) do
    {before, [_ | rest]} = Enum.split_while(state.children, &(&1.id != child.id))
    rest |> Enum.reverse() |> Enum.each(&shutdown/1)
    rest = Enum.reject(rest, &(&1.restart == :temporary))
    restart_from([child | Enum.map(rest, &%{&1 | pid: :undefined})], Enum.reverse(before), state)
  end

  defp restart_by_strategy(_one_for_one, child, state),
    do: restart_from([child], [], state, :single)

  # Starts `to_start` in order after `done` (started, reversed); a failure
  # marks that child as restarting and tries again later.
  defp restart_from(to_start, done, state, mode \\ :all)

  defp restart_from([], done, state, :all), do: {:noreply, %{state | children: Enum.reverse(done)}}
  defp restart_from([], _done, state, :single), do: {:noreply, state}

  defp restart_from([child | rest], done, state, mode) do
    case start(child) do
      {:ok, pid, _info} ->
        child = %{child | pid: pid}
        state = if mode == :single, do: put(state, child), else: state
        restart_from(rest, [child | done], state, mode)

      :ignore ->
        state = if mode == :single, do: put(state, child), else: state
        restart_from(rest, [child | done], state, mode)

      {:error, _reason} ->
        GenServer.cast(self(), {:try_again_restart, child.id})
        child = %{child | pid: :restarting}

        case mode do
          :single -> {:noreply, put(state, child)}
          :all -> {:noreply, %{state | children: Enum.reverse(done, [child | rest])}}
        end
    end
  end

  ## Stopping

  def terminate(_reason, state) do
    state.children |> Enum.reverse() |> Enum.each(&shutdown/1)
    :ok
  end

  # Stops a running child as its `:shutdown` says: at once (`:brutal_kill`),
  # or with a `:shutdown` exit and, past the timeout, a kill.
  defp shutdown(%{pid: pid} = child) when is_pid(pid) do
    ref = Process.monitor(pid)
    Process.unlink(pid)

    receive do
      # It had ended already: its exit came before the unlink.
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

  defp shutdown(_not_running), do: :ok

  defp wait_down(ref, timeout) do
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    after
      timeout -> :timeout
    end
  end

  ## The children

  defp find(state, id), do: Enum.find(state.children, &(&1.id == id))
  defp add(state, child), do: %{state | children: state.children ++ [child]}
  defp remove(state, id), do: %{state | children: Enum.reject(state.children, &(&1.id == id))}

  defp put(state, child),
    do: %{state | children: Enum.map(state.children, &if(&1.id == child.id, do: child, else: &1))}

  # The state as a crash report shows it: Erlang's supervisor's record.
  def format_status(_reason, [_pdict, state]) do
    ids = state.children |> Enum.reverse() |> Enum.map(& &1.id)
    children = Map.new(state.children, &{&1.id, record(&1)})

    {:state, state.name, state.strategy, {ids, children}, :undefined, state.intensity,
     state.period, state.restarts, 0, :never, state.module, state.arg}
  end

  # A child as Erlang's supervisor shows it (in a failed start_child's reason).
  defp record(child) do
    {:child, child.pid, child.id, child.start, child.restart, false, child.shutdown, child.type,
     child.modules}
  end
end
