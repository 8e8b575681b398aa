defmodule Task do
  @moduledoc """
  Tasks: processes that run one function and send its result back to the
  process that started them, written in Elixir over `spawn_link`, monitors and
  `receive`.

  `async/1,3` links the task to its owner and monitors it with an alias; the
  task waits for that alias, runs the function and sends `{ref, result}` to it.
  `await/2`, `yield/2` and `shutdown/2` wait for that reply or the `:DOWN`.
  A task that fails logs what Elixir's Logger logs
  (`[error] Task ... started from ... terminating`) and exits with the reason,
  which crashes a linked owner as in Elixir.
  """

  @enforce_keys [:mfa, :owner, :pid, :ref]
  defstruct [:mfa, :owner, :pid, :ref]

  @type t :: %__MODULE__{
          mfa: mfa,
          owner: pid,
          pid: pid | nil,
          ref: reference
        }

  @type ref :: reference

  @doc false
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @doc false
      def child_spec(arg) do
        Map.merge(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary},
          Map.new(unquote(Macro.escape(opts)))
        )
      end

      defoverridable child_spec: 1
    end
  end

  ## Starting

  @doc "Starts a task linked to and monitored by the caller; read its result with `await/2`."
  @spec async((-> any)) :: t
  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  @doc "Starts a task running `apply(module, function_name, args)`; see `async/1`."
  @spec async(module, atom, [term]) :: t
  def async(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    mfa = {module, function_name, length(args)}
    lineage = lineage(owner)
    pid = spawn_link(fn -> reply_task(owner, {module, function_name, args}, lineage) end)
    ref = :erlang.monitor(:process, pid, alias: :demonitor)
    send(pid, {:"$task_start", ref})
    %Task{mfa: mfa, owner: owner, pid: pid, ref: ref}
  end

  @doc "Starts a task that nobody awaits: `{:ok, pid}`."
  @spec start((-> any)) :: {:ok, pid}
  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  @doc "Starts a task running `apply(module, function_name, args)` that nobody awaits."
  @spec start(module, atom, [term]) :: {:ok, pid}
  def start(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    lineage = lineage(owner)
    {:ok, spawn(fn -> run_task(owner, {module, function_name, args}, lineage) end)}
  end

  @doc "Starts a task linked to the caller that nobody awaits: `{:ok, pid}`."
  @spec start_link((-> any)) :: {:ok, pid}
  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  @doc "Starts a linked task running `apply(module, function_name, args)`."
  @spec start_link(module, atom, [term]) :: {:ok, pid}
  def start_link(module, function_name, args)
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    owner = self()
    lineage = lineage(owner)
    {:ok, spawn_link(fn -> run_task(owner, {module, function_name, args}, lineage) end)}
  end

  @doc "A task already completed with `result`: awaiting it returns `result` at once."
  @spec completed(any) :: t
  def completed(result) do
    ref = make_ref()
    send(self(), {ref, result})
    %Task{mfa: {Task, :completed, 1}, owner: self(), pid: nil, ref: ref}
  end

  @doc "A child specification for a supervisor: runs `fun` (or an MFA) as a transient worker."
  @spec child_spec(term) :: map
  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  @doc false
  # A task started by a Task.Supervisor (from its process, so linked to it);
  # `reply?` when its owner awaits it (see `reply_task/3`).
  def __start_supervised__(owner, mfa, lineage, reply?) do
    body =
      if reply?,
        do: fn -> reply_task(owner, mfa, lineage) end,
        else: fn -> run_task(owner, mfa, lineage) end

    {:ok, spawn_link(body)}
  end

  @doc false
  def __lineage__(owner), do: lineage(owner)

  # The body of an async task: wait for the monitor's alias, run, reply to the alias.
  defp reply_task(owner, mfa, lineage) do
    receive do
      {:"$task_start", ref} ->
        Process.put(:"$vial_task_replies", true)
        result = run_task(owner, mfa, lineage)
        send(ref, {ref, result})
    end
  end

  # Runs the task's function; a failure is logged, then ends the task with its reason.
  # Called in the owner: the task's :"$callers" and :"$ancestors".
  defp lineage(owner) do
    {[owner | Process.get(:"$callers", [])], [owner | Process.get(:"$ancestors", [])]}
  end

  defp run_task(owner, {module, function_name, args} = mfa, {callers, ancestors}) do
    # as in Elixir, a task knows who started it (libraries look up :"$callers")
    Process.put(:"$callers", callers)
    Process.put(:"$ancestors", ancestors)

    try do
      apply(module, function_name, args)
    catch
      :error, value ->
        stack = own_frames_out(__STACKTRACE__)
        exception = Exception.normalize(:error, value, stack)
        report(owner, mfa, Exception.format_banner(:error, exception, stack), stack)
        # the raw error, as Elixir's tasks exit with (`:badarith`, not an ArithmeticError)
        exit({value, stack})

      :throw, value ->
        stack = own_frames_out(__STACKTRACE__)
        report(owner, mfa, "** (stop) " <> Exception.format_exit({:nocatch, value}), stack)
        exit({{:nocatch, value}, stack})

      :exit, reason ->
        stack = own_frames_out(__STACKTRACE__)

        unless reason in [:normal, :shutdown] or match?({:shutdown, _}, reason) do
          report(owner, mfa, "** (stop) " <> Exception.format_exit(reason), stack)
        end

        exit(reason)
    end
  end

  # The frames of this module's machinery give way in a failed task's
  # stacktrace to those of Elixir's: Task.Supervised's and proc_lib's.
  defp own_frames_out(stack) do
    reply =
      if Process.get(:"$vial_task_replies"),
        do: [{Task.Supervised, :reply, 4, [file: 'lib/elixir/lib/task/supervised.ex', line: 34]}],
        else: []

    Enum.reject(stack, &match?({Task, _, _, _}, &1)) ++
      [{Task.Supervised, :invoke_mfa, 2, [file: 'lib/elixir/lib/task/supervised.ex', line: 89]}] ++
      reply ++ [{:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}]
  end

  # What Elixir logs when a task fails.
  defp report(owner, {module, function_name, args}, banner, stack) do
    {function, args} =
      case {module, function_name, args} do
        {:erlang, :apply, [fun, []]} when is_function(fun) -> {inspect(fun), []}
        _ -> {"&" <> Exception.format_mfa(module, function_name, length(args)), args}
      end

    frames =
      try do
        Exception.format_stacktrace(stack)
      catch
        _, _ -> ""
      end

    Logger.__report__(:error, [
      "Task #{inspect(self())} started from #{inspect(owner)} terminating\n",
      banner,
      "\n",
      frames,
      "Function: ",
      function,
      "\n    Args: ",
      inspect(args)
    ])
  end

  ## Awaiting

  @doc """
  Waits `timeout` ms for the task's reply and returns it; exits with
  `{reason, {Task, :await, [task, timeout]}}` when the task fails or does not reply in time.
  """
  @spec await(t, timeout) :: term
  def await(task, timeout \\ 5000)

  def await(%Task{owner: owner} = task, _timeout) when owner != self(),
    do: raise(ArgumentError, owner_error(task))

  def await(%Task{ref: ref} = task, timeout)
      when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, proc, reason} ->
        exit({down_reason(reason, proc), {__MODULE__, :await, [task, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        await_timeout(task, timeout)
    end
  end

  defp await_timeout(task, timeout), do: exit({:timeout, {__MODULE__, :await, [task, timeout]}})

  @doc "Awaits every task in `tasks` within `timeout` ms in all; their replies in order."
  @spec await_many([t], timeout) :: [term]
  def await_many(tasks, timeout \\ 5000)
      when timeout == :infinity or (is_integer(timeout) and timeout >= 0) do
    pending =
      Map.new(tasks, fn %Task{ref: ref, owner: owner} = task ->
        if owner != self(), do: raise(ArgumentError, owner_error(task))
        {ref, true}
      end)

    deadline = if timeout == :infinity, do: :infinity, else: now() + timeout
    replies = collect_many(tasks, timeout, deadline, pending, %{})
    Enum.map(tasks, fn %Task{ref: ref} -> Map.fetch!(replies, ref) end)
  end

  defp collect_many(_tasks, _timeout, _deadline, pending, replies) when map_size(pending) == 0,
    do: replies

  defp collect_many(tasks, timeout, deadline, pending, replies) do
    receive do
      {ref, reply} when is_reference(ref) and is_map_key(pending, ref) ->
        Process.demonitor(ref, [:flush])
        collect_many(tasks, timeout, deadline, Map.delete(pending, ref), Map.put(replies, ref, reply))

      {:DOWN, ref, _, proc, reason} when is_map_key(pending, ref) ->
        forget(pending)
        exit({down_reason(reason, proc), {__MODULE__, :await_many, [tasks, timeout]}})
    after
      left(deadline) ->
        forget(pending)
        exit({:timeout, {__MODULE__, :await_many, [tasks, timeout]}})
    end
  end

  defp forget(pending), do: Enum.each(pending, fn {ref, _} -> Process.demonitor(ref, [:flush]) end)

  defp now, do: System.monotonic_time(:millisecond)

  defp left(:infinity), do: :infinity
  defp left(deadline), do: max(deadline - now(), 0)

  @doc """
  Waits `timeout` ms for the task: `{:ok, reply}`, `{:exit, reason}` when it failed,
  or `nil` when it is still running (it may be awaited or yielded again).
  """
  @spec yield(t, timeout) :: {:ok, term} | {:exit, term} | nil
  def yield(task, timeout \\ 5000)

  def yield(%Task{owner: owner} = task, _timeout) when owner != self(),
    do: raise(ArgumentError, owner_error(task))

  def yield(%Task{ref: ref} = task, timeout) do
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, proc, :noconnection} ->
        exit({down_reason(:noconnection, proc), {__MODULE__, :yield, [task, timeout]}})

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end
  end

  @doc "Yields every task within `timeout` ms in all: a list of `{task, result}`, `result` as `yield/2`'s."
  @spec yield_many([t], timeout) :: [{t, {:ok, term} | {:exit, term} | nil}]
  def yield_many(tasks, timeout \\ 5000) do
    Enum.each(tasks, fn %Task{owner: owner} = task ->
      if owner != self(), do: raise(ArgumentError, owner_error(task))
    end)

    deadline = if timeout == :infinity, do: :infinity, else: now() + timeout
    Enum.map(tasks, fn task -> {task, yield(task, left(deadline))} end)
  end

  @doc "Stops awaiting the task: unlinks and demonitors it; its reply, if it already came, as `yield/2`."
  @spec ignore(t) :: {:ok, term} | {:exit, term} | nil
  def ignore(%Task{owner: owner} = task) when owner != self(),
    do: raise(ArgumentError, owner_error(task))

  def ignore(%Task{pid: pid, ref: ref}) do
    if pid, do: Process.unlink(pid)

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      0 ->
        Process.demonitor(ref, [:flush])
        nil
    end
  end

  ## Shutting down

  @doc """
  Stops the task: sends it `:shutdown` and waits `timeout` ms before killing it
  (`:brutal_kill` kills at once). Its reply if it came first, `{:exit, reason}`
  if it failed, otherwise `nil`.
  """
  @spec shutdown(t, timeout | :brutal_kill) :: {:ok, term} | {:exit, term} | nil
  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _),
    do: raise(ArgumentError, "task #{inspect(task)} does not have an associated task process")

  def shutdown(%Task{owner: owner} = task, _) when owner != self(),
    do: raise(ArgumentError, owner_error(task))

  def shutdown(%Task{pid: pid} = task, how)
      when how == :brutal_kill or how == :infinity or (is_integer(how) and how >= 0) do
    mon = Process.monitor(pid)
    # unlinked first, so that the task's end does not take its owner with it
    Process.unlink(pid)

    {signal, wait} = if how == :brutal_kill, do: {:kill, :infinity}, else: {:shutdown, how}
    Process.exit(pid, signal)

    case await_shutdown(task, mon, signal, wait) do
      {:down, proc, :noconnection} ->
        exit({down_reason(:noconnection, proc), {__MODULE__, :shutdown, [task, how]}})

      {:down, _, reason} ->
        {:exit, reason}

      result ->
        result
    end
  end

  # nil, {:ok, reply} or {:down, proc, reason}.
  defp await_shutdown(%Task{pid: pid, ref: ref}, mon, signal, wait) do
    expected = if signal == :kill, do: :killed, else: :shutdown

    receive do
      {:DOWN, ^mon, _, proc, reason} ->
        Process.demonitor(ref, [:flush])

        cond do
          reply = take_reply(ref) -> reply
          reason == expected -> nil
          reason == :killed and signal == :shutdown -> nil
          true -> {:down, proc, reason}
        end
    after
      wait ->
        Process.exit(pid, :kill)

        receive do
          {:DOWN, ^mon, _, proc, reason} ->
            Process.demonitor(ref, [:flush])

            cond do
              reply = take_reply(ref) -> reply
              reason in [:killed, :shutdown] -> nil
              true -> {:down, proc, reason}
            end
        end
    end
  end

  defp take_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  defp down_reason(:noconnection, proc) when is_pid(proc), do: {:nodedown, node(proc)}
  defp down_reason(:noconnection, {_, node}), do: {:nodedown, node}
  defp down_reason(reason, _proc), do: reason

  defp owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end

  ## Streams

  @doc """
  Runs `fun` on each element of `enumerable` in tasks linked to the caller, at
  most `:max_concurrency` at a time; a stream of `{:ok, result}` (or
  `{:exit, reason}` for a task killed on `:timeout` with `on_timeout: :kill_task`),
  in the order of the input unless `ordered: false`.
  """
  @spec async_stream(Enumerable.t(), (term -> term), keyword) :: Enumerable.t()
  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1) and is_list(options),
    do: build_stream(enumerable, {:erlang, :apply, [fun]}, options)

  @doc "As `async_stream/3`, running `apply(module, function_name, [element | args])`."
  @spec async_stream(Enumerable.t(), module, atom, [term], keyword) :: Enumerable.t()
  def async_stream(enumerable, module, function_name, args, options \\ [])
      when is_atom(module) and is_atom(function_name) and is_list(args) and is_list(options),
      do: build_stream(enumerable, {module, function_name, args}, options)

  @doc false
  # Task.Supervisor's streams: `spawn` starts each element's task from its
  # `{module, function, args}`.
  def __stream__(enumerable, mfa, options, spawn), do: build_stream(enumerable, mfa, options, spawn)

  # Each element's task runs `mfa` with the element inserted: `apply(fun, [element])`
  # for `{:erlang, :apply, [fun]}`, else `apply(m, f, [element | args])`.
  defp build_stream(enumerable, mfa, options, spawn \\ &async/3) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())
    ordered = Keyword.get(options, :ordered, true)
    timeout = Keyword.get(options, :timeout, 5000)
    on_timeout = Keyword.get(options, :on_timeout, :exit)
    zip = Keyword.get(options, :zip_input_on_exit, false)

    config = %{
      mfa: mfa,
      spawn: spawn,
      max: max,
      ordered: ordered,
      timeout: timeout,
      kill: on_timeout == :kill_task,
      zip: zip
    }

    Stream.resource(
      fn ->
        unless is_integer(max) and max > 0 do
          raise ArgumentError, ":max_concurrency must be an integer greater than zero"
        end

        puller = &Enumerable.reduce(enumerable, &1, fn element, _ -> {:suspend, [element]} end)
        # the input not yet started, the running tasks (index => {task, input, deadline}),
        # the finished results not yet emitted (index => result), the next index to
        # start and the next one to emit
        %{input: puller, running: %{}, done: %{}, started: 0, emitted: 0}
      end,
      &stream_next(&1, config),
      &stream_stop/1
    )
  end

  defp stream_next(state, config) do
    state = fill(state, config)

    cond do
      config.ordered and Map.has_key?(state.done, state.emitted) ->
        {result, done} = Map.pop(state.done, state.emitted)
        {[result], %{state | done: done, emitted: state.emitted + 1}}

      not config.ordered and map_size(state.done) > 0 ->
        {results, count} = {Map.values(state.done), map_size(state.done)}
        {results, %{state | done: %{}, emitted: state.emitted + count}}

      map_size(state.running) == 0 ->
        {:halt, state}

      true ->
        stream_next(wait_one(state, config), config)
    end
  end

  # Starts tasks until `max` run or the input is exhausted.
  defp fill(%{input: :finished} = state, _config), do: state

  defp fill(state, config) do
    if map_size(state.running) >= config.max do
      state
    else
      case pull(state.input) do
        {:ok, element, puller} ->
          fill(start_one(%{state | input: puller}, element, config), config)

        {:last, element} ->
          start_one(%{state | input: :finished}, element, config)

        :done ->
          %{state | input: :finished}
      end
    end
  end

  defp pull(puller) do
    case puller.({:cont, []}) do
      {:suspended, [element], puller} -> {:ok, element, puller}
      {_done_or_halted, [element]} -> {:last, element}
      {_done_or_halted, []} -> :done
    end
  end

  defp start_one(state, element, config) do
    task =
      case config.mfa do
        {:erlang, :apply, [fun]} -> config.spawn.(:erlang, :apply, [fun, [element]])
        {module, function_name, args} -> config.spawn.(module, function_name, [element | args])
      end

    deadline = if config.timeout == :infinity, do: :infinity, else: now() + config.timeout
    running = Map.put(state.running, state.started, {task, element, deadline})
    %{state | running: running, started: state.started + 1}
  end

  # Waits for the first running task to finish (or the earliest deadline to pass).
  defp wait_one(state, config) do
    refs = Map.new(state.running, fn {index, {task, _, _}} -> {task.ref, index} end)
    deadline = state.running |> Enum.map(fn {_, {_, _, d}} -> d end) |> Enum.min()

    receive do
      {ref, reply} when is_reference(ref) and is_map_key(refs, ref) ->
        Process.demonitor(ref, [:flush])
        finish(state, Map.fetch!(refs, ref), {:ok, reply})

      {:DOWN, ref, _, _, reason} when is_map_key(refs, ref) ->
        index = Map.fetch!(refs, ref)
        {_task, element, _} = Map.fetch!(state.running, index)
        finish(state, index, {:exit, if(config.zip, do: {element, reason}, else: reason)})
    after
      left(deadline) ->
        {index, {task, element, _}} =
          Enum.find(state.running, fn {_, {_, _, d}} -> d == deadline end)

        if config.kill do
          Process.unlink(task.pid)
          Process.exit(task.pid, :kill)
          Process.demonitor(task.ref, [:flush])
          finish(state, index, {:exit, if(config.zip, do: {element, :timeout}, else: :timeout)})
        else
          stream_stop(state)
          exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})
        end
    end
  end

  defp finish(state, index, result) do
    %{state | running: Map.delete(state.running, index), done: Map.put(state.done, index, result)}
  end

  defp stream_stop(state) do
    Enum.each(state.running, fn {_, {task, _, _}} ->
      Process.unlink(task.pid)
      Process.exit(task.pid, :kill)
      Process.demonitor(task.ref, [:flush])
    end)

    if is_function(state.input, 1), do: state.input.({:halt, []})
    :ok
  end
end
