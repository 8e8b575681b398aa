defmodule Task.Supervisor do
  @moduledoc """
  A supervisor of tasks started on demand: a `DynamicSupervisor` whose
  children are tasks (temporary unless told otherwise). `async/3` links the
  task to the caller as `Task.async/1` does; `async_nolink/3` does not, so the
  caller sees a failed task in `Task.yield/2` or a `:DOWN` message instead of
  crashing with it.
  """

  @type option :: DynamicSupervisor.option() | DynamicSupervisor.init_option()

  @doc "A child specification starting the supervisor with `start_link/1`."
  @spec child_spec(keyword) :: Supervisor.child_spec()
  def child_spec(options) when is_list(options) do
    id = Keyword.get(options, :name, Task.Supervisor)
    %{id: id, start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  @doc "Starts a task supervisor (options as `DynamicSupervisor.start_link/1`'s)."
  @spec start_link([option]) :: Supervisor.on_start()
  def start_link(options \\ []) do
    {restart, options} = Keyword.pop(options, :restart)
    {shutdown, options} = Keyword.pop(options, :shutdown)

    if restart || shutdown do
      IO.warn(":restart and :shutdown options in Task.Supervisor.start_link/1 are deprecated")
    end

    DynamicSupervisor.start_link(Keyword.put_new(options, :strategy, :one_for_one))
  end

  @doc "Starts a supervised task linked to and monitored by the caller; see `Task.async/1`."
  @spec async(Supervisor.supervisor(), (-> any), keyword) :: Task.t()
  def async(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: async(supervisor, :erlang, :apply, [fun, []], options)

  @doc "As `async/3`, running `apply(module, fun, args)`."
  @spec async(Supervisor.supervisor(), module, atom, [term], keyword) :: Task.t()
  def async(supervisor, module, fun, args, options \\ []),
    do: start_async(supervisor, :link, {module, fun, args}, options)

  @doc "Starts a supervised task monitored (not linked) by the caller."
  @spec async_nolink(Supervisor.supervisor(), (-> any), keyword) :: Task.t()
  def async_nolink(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: async_nolink(supervisor, :erlang, :apply, [fun, []], options)

  @doc "As `async_nolink/3`, running `apply(module, fun, args)`."
  @spec async_nolink(Supervisor.supervisor(), module, atom, [term], keyword) :: Task.t()
  def async_nolink(supervisor, module, fun, args, options \\ []),
    do: start_async(supervisor, :nolink, {module, fun, args}, options)

  @doc "`Task.async_stream/3` with the tasks started under `supervisor` and linked to the caller."
  @spec async_stream(Supervisor.supervisor(), Enumerable.t(), (term -> term), keyword) ::
          Enumerable.t()
  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1),
    do: Task.__stream__(enumerable, {:erlang, :apply, [fun]}, options, spawner(supervisor, :link, options))

  @doc "As `async_stream/4`, running `apply(module, function, [element | args])`."
  @spec async_stream(Supervisor.supervisor(), Enumerable.t(), module, atom, [term], keyword) ::
          Enumerable.t()
  def async_stream(supervisor, enumerable, module, function, args, options \\ []),
    do: Task.__stream__(enumerable, {module, function, args}, options, spawner(supervisor, :link, options))

  @doc "`async_stream/4` with tasks not linked to the caller: a failure is an `{:exit, reason}` element."
  @spec async_stream_nolink(Supervisor.supervisor(), Enumerable.t(), (term -> term), keyword) ::
          Enumerable.t()
  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1),
    do: Task.__stream__(enumerable, {:erlang, :apply, [fun]}, options, spawner(supervisor, :nolink, options))

  @doc "As `async_stream_nolink/4`, running `apply(module, function, [element | args])`."
  @spec async_stream_nolink(Supervisor.supervisor(), Enumerable.t(), module, atom, [term], keyword) ::
          Enumerable.t()
  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ []),
    do: Task.__stream__(enumerable, {module, function, args}, options, spawner(supervisor, :nolink, options))

  @doc "Starts a supervised task nobody awaits: `{:ok, pid}`."
  @spec start_child(Supervisor.supervisor(), (-> any), keyword) :: DynamicSupervisor.on_start_child()
  def start_child(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: start_child(supervisor, :erlang, :apply, [fun, []], options)

  @doc "As `start_child/3`, running `apply(module, fun, args)`."
  @spec start_child(Supervisor.supervisor(), module, atom, [term], keyword) ::
          DynamicSupervisor.on_start_child()
  def start_child(supervisor, module, fun, args, options \\ []) do
    options = Keyword.put_new(options, :restart, :temporary)
    spec = spec(self(), {module, fun, args}, false, options)
    DynamicSupervisor.start_child(supervisor, spec)
  end

  @doc "The pids of the supervisor's running tasks."
  @spec children(Supervisor.supervisor()) :: [pid]
  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  @doc "Stops one of the supervisor's tasks: `:ok`, or `{:error, :not_found}`."
  @spec terminate_child(Supervisor.supervisor(), pid) :: :ok | {:error, :not_found}
  def terminate_child(supervisor, pid) when is_pid(pid),
    do: DynamicSupervisor.terminate_child(supervisor, pid)

  defp spawner(supervisor, link, options) do
    fn module, fun, args -> start_async(supervisor, link, {module, fun, args}, options) end
  end

  defp start_async(supervisor, link, {module, fun, args} = mfa, options) do
    owner = self()
    spec = spec(owner, mfa, true, Keyword.put(options, :restart, :temporary))

    case DynamicSupervisor.start_child(supervisor, spec) do
      {:ok, pid} ->
        if link == :link, do: Process.link(pid)
        ref = :erlang.monitor(:process, pid, alias: :demonitor)
        send(pid, {:"$task_start", ref})
        %Task{mfa: {module, fun, length(args)}, owner: owner, pid: pid, ref: ref}

      {:error, :max_children} ->
        raise "reached the maximum number of tasks for this task supervisor. The maximum number " <>
                "of tasks that are allowed to run at the same time under this supervisor can be " <>
                "configured with the :max_children option passed to Task.Supervisor.start_link/1"
    end
  end

  defp spec(owner, mfa, reply?, options) do
    %{
      id: Task.Supervised,
      start: {Task, :__start_supervised__, [owner, mfa, Task.__lineage__(owner), reply?]},
      restart: Keyword.get(options, :restart, :temporary),
      shutdown: Keyword.get(options, :shutdown, 5000)
    }
  end
end
