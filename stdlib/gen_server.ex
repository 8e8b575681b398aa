defmodule GenServer do
  @moduledoc """
  A generic server process, written in Elixir over `spawn`, `send`, `receive`,
  monitors, links and trapped exits, the way chapter 6 of the book builds one.

  The server is a process running a receive loop that keeps the callback
  module's state. Calls carry a `{pid, ref}` tag the reply is sent back with;
  casts are `{:"$gen_cast", request}` messages; anything else goes to
  `handle_info/2`. A `{:continue, term}` runs `handle_continue/2` before the
  next message, and a timeout in a return value becomes a `:timeout` message
  when nothing else arrives first. A server that fails logs what Elixir's
  Logger logs (`[error] GenServer ... terminating`) through `Logger`.
  """

  @type server :: pid | atom | {atom, node} | {:global, term} | {:via, module, term}
  @type from :: {pid, tag :: term}
  @type on_start :: {:ok, pid} | :ignore | {:error, {:already_started, pid} | term}
  @type option ::
          {:name, atom | {:global, term} | {:via, module, term}}
          | {:timeout, timeout}
          | {:debug, list}
          | {:hibernate_after, timeout}
          | {:spawn_opt, list}
  @type options :: [option]

  @callback init(init_arg :: term) ::
              {:ok, state}
              | {:ok, state, timeout | :hibernate | {:continue, continue_arg :: term}}
              | :ignore
              | {:stop, reason :: any}
            when state: any

  @callback handle_call(request :: term, from, state :: term) ::
              {:reply, reply, new_state}
              | {:reply, reply, new_state, timeout | :hibernate | {:continue, term}}
              | {:noreply, new_state}
              | {:noreply, new_state, timeout | :hibernate | {:continue, term}}
              | {:stop, reason, reply, new_state}
              | {:stop, reason, new_state}
            when reply: term, new_state: term, reason: term

  @callback handle_cast(request :: term, state :: term) ::
              {:noreply, new_state}
              | {:noreply, new_state, timeout | :hibernate | {:continue, term}}
              | {:stop, reason :: term, new_state}
            when new_state: term

  @callback handle_info(msg :: :timeout | term, state :: term) ::
              {:noreply, new_state}
              | {:noreply, new_state, timeout | :hibernate | {:continue, term}}
              | {:stop, reason :: term, new_state}
            when new_state: term

  @callback handle_continue(continue_arg, state :: term) ::
              {:noreply, new_state}
              | {:noreply, new_state, timeout | :hibernate | {:continue, continue_arg}}
              | {:stop, reason :: term, new_state}
            when new_state: term, continue_arg: term

  @callback terminate(reason, state :: term) :: term
            when reason: :normal | :shutdown | {:shutdown, term} | term

  @callback code_change(old_vsn, state :: term, extra :: term) ::
              {:ok, new_state :: term} | {:error, reason :: term}
            when old_vsn: term | {:down, term}

  @callback format_status(reason, pdict_and_state :: list) :: term
            when reason: :normal | :terminate

  @optional_callbacks code_change: 3,
                      terminate: 2,
                      handle_info: 2,
                      handle_cast: 2,
                      handle_call: 3,
                      format_status: 2,
                      handle_continue: 2

  @doc false
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @behaviour GenServer

      @doc false
      def child_spec(init_arg) do
        Map.merge(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}},
          Map.new(unquote(Macro.escape(opts)))
        )
      end

      # Elixir injects this one (with a warning) only when the module lacks it.
      @doc false
      def init(init_arg), do: {:ok, init_arg}

      @doc false
      def handle_call(_msg, _from, _state) do
        raise "attempted to call GenServer #{inspect(GenServer.__label__())} but no handle_call/3 clause was provided"
      end

      @doc false
      def handle_info(msg, state) do
        GenServer.__unexpected__(__MODULE__, msg)
        {:noreply, state}
      end

      @doc false
      def handle_cast(_msg, _state) do
        raise "attempted to cast GenServer #{inspect(GenServer.__label__())} but no handle_cast/2 clause was provided"
      end

      @doc false
      def terminate(_reason, _state), do: :ok

      @doc false
      def code_change(_old, state, _extra), do: {:ok, state}

      defoverridable child_spec: 1,
                     init: 1,
                     code_change: 3,
                     terminate: 2,
                     handle_info: 2,
                     handle_cast: 2,
                     handle_call: 3
    end
  end

  ## Starting

  @doc "Starts a server process linked to the caller; waits for `init/1`."
  @spec start_link(module, any, options) :: on_start
  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:link, module, init_arg, options)

  @doc "Starts a server process without a link; waits for `init/1`."
  @spec start(module, any, options) :: on_start
  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:nolink, module, init_arg, options)

  # (named as Elixir's, whose frame shows when the name is not valid)
  defp do_start(link, module, init_arg, options) do
    {name, options} = Keyword.pop(options, :name)

    unless valid_name?(name) do
      raise ArgumentError, bad_name(name)
    end

    timeout = Keyword.get(options, :timeout, :infinity)
    starter = self()
    # A server started with start_link treats an exit from its starter as an order to stop.
    parent = if link == :link, do: starter, else: nil
    boot = fn -> boot(starter, parent, name, module, init_arg) end
    pid = if link == :link, do: spawn_link(boot), else: spawn(boot)
    ref = Process.monitor(pid)

    receive do
      {:"$gen_ack", ^pid, {:ok, _} = result} ->
        Process.demonitor(ref, [:flush])
        result

      # A server that did not start exits right after its answer: its exit
      # reaches the starter before start returns, as it almost always does on
      # the BEAM, rather than racing with whatever the starter does next.
      {:"$gen_ack", ^pid, result} ->
        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> result
        end

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        Process.unlink(pid)
        Process.exit(pid, :kill)

        receive do
          {:EXIT, ^pid, _} -> :ok
        after
          0 -> :ok
        end

        {:error, :timeout}
    end
  end

  defp valid_name?(nil), do: true
  defp valid_name?(name) when is_atom(name), do: true
  defp valid_name?({:global, _}), do: true
  defp valid_name?({:via, module, _}) when is_atom(module), do: true
  defp valid_name?(_), do: false

  defp bad_name(other) do
    """
    expected :name option to be one of the following:

      * nil
      * atom
      * {:global, term}
      * {:via, module, term}

    Got: #{inspect(other)}
    """
  end

  # The first thing the new process runs: take the name, then init/1, then tell the starter.
  defp boot(starter, parent, name, module, init_arg) do
    case register(name) do
      :yes ->
        init_server(starter, parent, name, module, init_arg)

      {:no, holder} ->
        send(starter, {:"$gen_ack", self(), {:error, {:already_started, holder}}})
        exit(:normal)
    end
  end

  defp register(nil), do: :yes

  defp register(name) when is_atom(name) do
    try do
      :erlang.register(name, self())
      :yes
    catch
      :error, _ -> {:no, Process.whereis(name)}
    end
  end

  defp register({:global, term}) do
    case :global.register_name(term, self()) do
      :yes -> :yes
      :no -> {:no, :global.whereis_name(term)}
    end
  end

  defp register({:via, module, term}) do
    case module.register_name(term, self()) do
      :yes -> :yes
      :no -> {:no, module.whereis_name(term)}
    end
  end

  defp unregister(nil), do: :ok
  defp unregister(name) when is_atom(name), do: Process.unregister(name)
  defp unregister({:global, term}), do: :global.unregister_name(term)
  defp unregister({:via, module, term}), do: module.unregister_name(term)

  defp init_server(starter, parent, name, module, init_arg) do
    result =
      try do
        {:ok, module.init(init_arg)}
      catch
        :throw, value -> {:ok, value}
        :exit, reason -> {:failed, reason}
        :error, reason -> {:failed, {reason, init_frames(__STACKTRACE__)}}
      end

    server = {parent, name, module}
    ack = fn reply -> send(starter, {:"$gen_ack", self(), reply}) end

    case result do
      {:ok, {:ok, state}} ->
        ack.({:ok, self()})
        loop(server, state, :infinity)

      {:ok, {:ok, state, {:continue, arg}}} ->
        ack.({:ok, self()})
        continue(server, state, arg)

      {:ok, {:ok, state, timeout}} when is_integer(timeout) or timeout in [:infinity, :hibernate] ->
        ack.({:ok, self()})
        loop(server, state, timeout)

      {:ok, :ignore} ->
        unregister(name)
        ack.(:ignore)
        exit(:normal)

      {:ok, {:stop, reason}} ->
        unregister(name)
        ack.({:error, reason})
        exit(reason)

      {:ok, other} ->
        unregister(name)
        ack.({:error, {:bad_return_value, other}})
        exit({:bad_return_value, other})

      {:failed, reason} ->
        unregister(name)
        ack.({:error, reason})
        exit(reason)
    end
  end

  ## The server loop

  # `server` is {parent, name, module}: what does not change while the server runs.
  defp loop(server, state, :infinity) do
    receive do
      msg -> handle(server, state, msg)
    end
  end

  defp loop(server, state, :hibernate), do: loop(server, state, :infinity)

  defp loop(server, state, timeout) do
    receive do
      msg -> handle(server, state, msg)
    after
      timeout -> handle(server, state, :timeout)
    end
  end

  defp handle(server, state, {:"$gen_call", from, request} = msg) do
    {_, _, module} = server

    # the callback is called here rather than through run/3: calls are the hot path
    result =
      try do
        {:ok, module.handle_call(request, from, state)}
      catch
        :throw, value -> {:ok, value}
        kind, reason -> {kind, reason, __STACKTRACE__}
      end

    case result do
      {:ok, {:reply, reply, state}} ->
        reply(from, reply)
        loop(server, state, :infinity)

      {:ok, {:reply, reply, state, next}} ->
        reply(from, reply)
        next(server, state, next, msg)

      {:ok, {:stop, reason, reply, state}} ->
        try do
          stop(server, state, reason, msg, :exit, [])
        after
          reply(from, reply)
        end

      result ->
        after_callback(server, state, result, msg)
    end
  end

  defp handle(server, state, {:"$gen_cast", request} = msg) do
    {_, _, module} = server
    result =
      try do
        {:ok, module.handle_cast(request, state)}
      catch
        :throw, value -> {:ok, value}
        kind, reason -> {kind, reason, __STACKTRACE__}
      end

    after_callback(server, state, result, msg)
  end

  defp handle({parent, _, _} = server, state, {:EXIT, parent, reason} = msg) when parent != nil,
    do: stop(server, state, reason, msg, :exit, [])

  # GenServer.stop/3 (it waits for the DOWN, so there is nothing to reply).
  defp handle(server, state, {:system, _from, {:terminate, reason}}),
    do: stop(server, state, reason, [], :exit, [])

  # :sys.get_state/1 and friends.
  defp handle(server, state, {:system, {pid, ref}, request}) when is_pid(pid) do
    case request do
      :get_state ->
        send(pid, {ref, state})
        loop(server, state, :infinity)

      {:replace_state, fun} ->
        case run_replace(fun, state) do
          {:ok, new_state} ->
            send(pid, {ref, new_state})
            loop(server, new_state, :infinity)

          {:error, reason} ->
            send(pid, {ref, {:error, reason}})
            loop(server, state, :infinity)
        end

      :suspend ->
        send(pid, {ref, :ok})
        suspended(server, state)

      :resume ->
        send(pid, {ref, :ok})
        loop(server, state, :infinity)

      _other ->
        send(pid, {ref, {:error, :unknown_system_msg}})
        loop(server, state, :infinity)
    end
  end

  defp handle(server, state, msg) do
    {_, _, module} = server
    after_callback(server, state, run(module, :handle_info, [msg, state]), msg)
  end

  defp run_replace(fun, state) do
    try do
      {:ok, fun.(state)}
    catch
      kind, reason -> {:error, {:callback_failed, {:gen_server, :system_replace_state}, {kind, reason}}}
    end
  end

  # While suspended, only system messages are taken; the rest wait in the mailbox.
  defp suspended(server, state) do
    receive do
      {:system, _, _} = msg -> handle(server, state, msg)
    end
  end

  defp continue(server, state, arg) do
    {_, _, module} = server
    after_callback(
      server,
      state,
      run(module, :handle_continue, [arg, state]),
      {:continue, arg}
    )
  end

  # Runs a callback: {:ok, value} (a throw is a value, as in OTP) or how it failed.
  defp run(module, callback, args) do
    try do
      {:ok, apply(module, callback, args)}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {kind, reason, __STACKTRACE__}
    end
  end

  # What a noreply-style return, a stop or a failure does next.
  defp after_callback(server, old_state, result, msg) do
    case result do
      {:ok, {:noreply, state}} -> loop(server, state, :infinity)
      {:ok, {:noreply, state, next}} -> next(server, state, next, msg)
      {:ok, {:stop, reason, state}} -> stop(server, state, reason, msg, :exit, [])
      {:ok, other} -> stop(server, old_state, {:bad_return_value, other}, msg, :exit, [])
      {:exit, reason, stack} -> stop(server, old_state, reason, msg, :exit, stack)
      {:error, reason, stack} -> stop(server, old_state, {reason, stack}, msg, :error, stack)
    end
  end

  defp next(server, state, {:continue, arg}, _msg), do: continue(server, state, arg)

  defp next(server, state, timeout, _msg)
       when is_integer(timeout) or timeout in [:infinity, :hibernate],
       do: loop(server, state, timeout)

  defp next(server, state, other, msg),
    do: stop(server, state, {:bad_return_value, other}, msg, :exit, [])

  # Runs terminate/2, logs unless the reason is a normal one, and exits with the reason.
  defp stop({_, name, module}, state, reason, msg, kind, stack) do
    {reason, stack} =
      case {kind, reason} do
        {:error, {why, ^stack}} -> {{why, otp_frames(stack, msg)}, otp_frames(stack, msg)}
        _ -> {reason, otp_frames(stack, msg)}
      end

    terminated =
      if function_exported?(module, :terminate, 2) do
        try do
          module.terminate(reason, state)
          :ok
        catch
          :exit, why -> {:exit, why, __STACKTRACE__}
          :throw, _ -> :ok
          :error, why -> {:error, why, __STACKTRACE__}
        end
      else
        :ok
      end

    case terminated do
      :ok ->
        unless normal?(reason), do: report(name, kind, reason, stack, msg, shown(module, state))
        exit(reason)

      {:exit, why, stack} ->
        report(name, :exit, why, stack, msg, shown(module, state))
        exit(why)

      {:error, why, stack} ->
        report(name, :error, {why, stack}, stack, msg, shown(module, state))
        exit({why, stack})
    end
  end

  defp normal?(:normal), do: true
  defp normal?(:shutdown), do: true
  defp normal?({:shutdown, _}), do: true
  defp normal?(_), do: false

  ## Reports (Logger events, as Elixir's)

  # The state as a report shows it: what format_status/2 makes of it, when the
  # module has one.
  defp shown(module, state) do
    if function_exported?(module, :format_status, 2) do
      try do
        module.format_status(:terminate, [Process.get(), state])
      catch
        _, _ -> state
      end
    else
      state
    end
  end

  defp report(name, kind, reason, stack, msg, state) do
    label = if is_atom(name) and name != nil, do: name, else: self()

    banner =
      case kind do
        :error ->
          {error, _} = reason
          Exception.format_banner(:error, error, stack)

        :exit ->
          "** (stop) " <> Exception.format_exit(reason)
      end

    {last, client} =
      case msg do
        {:"$gen_call", {pid, _tag}, request} when is_pid(pid) ->
          alive = if Process.alive?(pid), do: "alive", else: "dead"
          {"Last message (from #{inspect(pid)}): #{inspect(request)}",
           "\nClient #{inspect(pid)} is #{alive}"}

        other ->
          {"Last message: #{inspect(other)}", ""}
      end

    # The state and the client only when Logger's level is :debug (or :all), as in Elixir.
    Logger.__report__(:error, [
      "GenServer #{inspect(label)} terminating\n",
      banner,
      "\n",
      frames(stack, msg),
      last
    ], ["\nState: #{inspect(state)}", client])
  end

  defp frames([], _msg), do: ""

  defp frames(stack, msg) do
    Exception.format_stacktrace(otp_frames(stack, msg))
  catch
    _, _ -> ""
  end

  # The callback's frames, then those of the loop that called it: in Elixir
  # these are OTP's gen_server and proc_lib (once: a stack that has them
  # already is kept as it is).
  defp otp_frames([], _msg), do: []

  # init/1's frames, then those of OTP's code that calls it.
  defp init_frames(stack) do
    Enum.reject(stack, &match?({GenServer, _, _, _}, &1)) ++
      [
        {:gen_server, :init_it, 2, [file: 'gen_server.erl', line: 851]},
        {:gen_server, :init_it, 6, [file: 'gen_server.erl', line: 814]},
        {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
      ]
  end

  defp otp_frames(stack, msg) do
    if Enum.any?(stack, &match?({:proc_lib, _, _, _}, &1)) do
      stack
    else
      loop =
        case msg do
          {:"$gen_call", _, _} -> [{:try_handle_call, 4, 1149}, {:handle_msg, 6, 1178}]
          {:continue, _} -> [{:try_dispatch, 4, 1123}, {:loop, 7, 865}]
          _ -> [{:try_dispatch, 4, 1123}, {:handle_msg, 6, 1200}]
        end

      Enum.reject(stack, &match?({GenServer, _, _, _}, &1)) ++
        for({name, arity, line} <- loop, do: {:gen_server, name, arity, [file: 'gen_server.erl', line: line]}) ++
        [{:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}]
    end
  end

  @doc false
  # The name a default callback's message uses: the registered name, or the pid.
  def __label__ do
    case Process.info(self(), :registered_name) do
      {:registered_name, name} when is_atom(name) and name != [] -> name
      _ -> self()
    end
  end

  @doc false
  # What the default handle_info/2 logs.
  def __unexpected__(module, msg) do
    log_error([
      inspect(module),
      " ",
      inspect(__label__()),
      " received unexpected message in handle_info/2: ",
      inspect(msg),
      "\n"
    ])
  end

  defp log_error(text), do: Logger.__report__(:error, text)

  ## Client API

  @doc """
  Makes a synchronous call to `server` and waits `timeout` ms for its reply; exits
  with `{reason, {GenServer, :call, [server, request, timeout]}}` when there is none.
  """
  @spec call(server, term, timeout) :: term
  def call(server, request, timeout \\ 5000)

  # the common case first: a pid, with no lookup
  def call(pid, request, timeout)
      when is_pid(pid) and pid != self() and
             ((is_integer(timeout) and timeout >= 0) or timeout == :infinity),
      do: call_pid(pid, pid, request, timeout)

  def call(server, request, timeout)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    case whereis(server) do
      nil ->
        exit({:noproc, {__MODULE__, :call, [server, request, timeout]}})

      pid when pid == self() ->
        call_self(server, request, timeout)

      pid ->
        call_pid(pid, server, request, timeout)
    end
  end

  defp call_self(server, request, timeout),
    do: exit({:calling_self, {__MODULE__, :call, [server, request, timeout]}})

  # A monitor both tags the request and tells if the server goes down before it
  # replies; as on OTP 25 its reference is also an alias the reply is sent to,
  # so a reply that comes after a timeout is dropped rather than left in the
  # mailbox.
  defp call_pid(pid, server, request, timeout) do
    ref = :erlang.monitor(:process, pid, alias: :demonitor)
    tag = [:alias | ref]
    send(pid, {:"$gen_call", {self(), tag}, request})

    receive do
      {^tag, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {__MODULE__, :call, [server, request, timeout]}})
    after
      timeout ->
        :erlang.demonitor(ref, [:flush])
        exit({:timeout, {__MODULE__, :call, [server, request, timeout]}})
    end
  end

  @doc "Sends an asynchronous request to `server`; always returns `:ok`."
  @spec cast(server, term) :: :ok
  def cast(server, request)

  def cast({:global, name}, request) do
    try do
      :global.send(name, {:"$gen_cast", request})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def cast({:via, module, name}, request) do
    try do
      module.send(name, {:"$gen_cast", request})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def cast({name, node}, request) when is_atom(name) and is_atom(node),
    do: quiet_send({name, node}, {:"$gen_cast", request})

  def cast(dest, request) when is_atom(dest) or is_pid(dest),
    do: quiet_send(dest, {:"$gen_cast", request})

  defp quiet_send(dest, msg) do
    try do
      send(dest, msg)
      :ok
    catch
      _, _ -> :ok
    end
  end

  @doc "Casts `request` to the server registered as `name` on each node (here: this one); returns `:abcast`."
  @spec abcast([node], atom, term) :: :abcast
  def abcast(nodes \\ [node()], name, request) when is_list(nodes) and is_atom(name) do
    if node() in nodes, do: cast(name, request)
    :abcast
  end

  @doc """
  Calls the server registered as `name` on each node (here: this one): `{replies, bad_nodes}`,
  a node being bad when it has no such server or it fails to answer within `timeout`.
  """
  @spec multi_call([node], atom, term, timeout) :: {[{node, term}], [node]}
  def multi_call(nodes \\ [node()], name, request, timeout \\ :infinity)
      when is_list(nodes) and is_atom(name) do
    {local, remote} = Enum.split_with(nodes, &(&1 == node()))

    replies =
      Enum.flat_map(local, fn n ->
        try do
          [{n, call(name, request, timeout)}]
        catch
          :exit, _ -> []
        end
      end)

    bad = remote ++ Enum.reject(local, fn n -> List.keymember?(replies, n, 0) end)
    {replies, bad}
  end

  @doc "Replies to a client; `client` is the `from` given to `handle_call/3`."
  @spec reply(from, term) :: :ok
  def reply({_pid, [:alias | alias] = tag}, reply) do
    send(alias, {tag, reply})
    :ok
  end

  def reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end

  @doc """
  Stops `server` with `reason`, running its `terminate/2`, and waits for it to end;
  exits if it ends with another reason or not within `timeout`.
  """
  @spec stop(server, reason :: term, timeout) :: :ok
  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {__MODULE__, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {__MODULE__, :stop, [server, reason, timeout]}})

      pid ->
        ref = Process.monitor(pid)
        send(pid, {:system, {self(), ref}, {:terminate, reason}})

        receive do
          {:DOWN, ^ref, _, _, ^reason} ->
            :ok

          {:DOWN, ^ref, _, _, other} ->
            exit({other, {__MODULE__, :stop, [server, reason, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {__MODULE__, :stop, [server, reason, timeout]}})
        end
    end
  end

  @doc "The pid of `server`, or `nil`; `{name, node}` for a remote name."
  @spec whereis(server) :: pid | {atom, node} | nil
  def whereis(server)
  def whereis(pid) when is_pid(pid), do: pid
  def whereis(name) when is_atom(name), do: Process.whereis(name)

  def whereis({:global, name}) do
    case :global.whereis_name(name) do
      pid when is_pid(pid) -> pid
      :undefined -> nil
    end
  end

  def whereis({:via, module, name}) do
    case module.whereis_name(name) do
      pid when is_pid(pid) -> pid
      :undefined -> nil
    end
  end

  def whereis({name, local}) when is_atom(name) and local == node(), do: Process.whereis(name)
  def whereis({name, node} = server) when is_atom(name) and is_atom(node), do: server
end
