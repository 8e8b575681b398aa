defmodule ExUnit.Callbacks do
  @moduledoc """
  `setup`, `setup_all` and `on_exit`. Each setup block becomes a function of
  the test module; the attributes `@ex_unit_setup`/`@ex_unit_setup_all` list
  them in order as `{module_or_nil, function, describe}` for the runner.
  """

  defmacro setup(block) do
    Process.put(:"$ex_unit_compiling", __CALLER__.module)
    register(:ex_unit_setup, quote(do: _), block)
  end

  defmacro setup(var, block) do
    Process.put(:"$ex_unit_compiling", __CALLER__.module)
    register(:ex_unit_setup, var, block)
  end

  defmacro setup_all(block) do
    Process.put(:"$ex_unit_compiling", __CALLER__.module)
    register(:ex_unit_setup_all, quote(do: _), block)
  end

  defmacro setup_all(var, block) do
    Process.put(:"$ex_unit_compiling", __CALLER__.module)
    register(:ex_unit_setup_all, var, block)
  end

  defp register(attr, var, [do: body]) do
    name = callback_name(attr)

    quote do
      unquote(put(attr, quote(do: {[{nil, unquote(name)}], @ex_unit_describe})))
      def unquote(name)(unquote(var)), do: unquote(body)
    end
  end

  # `setup :name`, `setup [:a, {Mod, :b}]`: a public function calling them
  # in turn (they may be private), merging what each returns.
  defp register(attr, _var, callbacks) do
    name = callback_name(attr)
    context = Macro.var(:context, __MODULE__)

    calls =
      callbacks
      |> List.wrap()
      |> Enum.map(fn
        {mod, fun} -> quote(do: unquote(mod).unquote(fun)(unquote(context)))
        fun when is_atom(fun) -> quote(do: unquote(fun)(unquote(context)))
      end)
      |> Enum.map(fn call ->
        quote do
          unquote(context) =
            ExUnit.Callbacks.__merge__(__MODULE__, unquote(context), unquote(call))
        end
      end)

    quote do
      unquote(put(attr, quote(do: {[{nil, unquote(name)}], @ex_unit_describe})))

      def unquote(name)(unquote(context)) do
        unquote_splicing(calls)
        unquote(context)
      end
    end
  end

  @doc false
  def __merge__(_module, context, :ok), do: context

  def __merge__(_module, context, {:ok, data}) when is_list(data) or is_map(data),
    do: Enum.into(data, context)

  def __merge__(_module, context, data) when is_map(data) and not is_struct(data),
    do: Map.merge(context, data)

  def __merge__(module, context, data) when is_list(data) do
    if Keyword.keyword?(data), do: Enum.into(data, context), else: bad_callback(module, data)
  end

  def __merge__(module, _context, other), do: bad_callback(module, other)

  # Raised from where Elixir's ExUnit raises it, which is the frame a failure shows.
  defp bad_callback(module, other) do
    message =
      "expected ExUnit callback in #{inspect(module)} to return :ok | keyword | map, " <>
        "got #{inspect(other)} instead"

    frame = {ExUnit.Callbacks, :raise_merge_failed!, 2, [file: 'lib/ex_unit/callbacks.ex', line: 685]}
    reraise RuntimeError.exception(message), [frame]
  end

  # `__ex_unit_setup_0`, `__ex_unit_setup_all_0`...: numbered per module as
  # Elixir does, counting in the compiling process.
  defp callback_name(attr) do
    kind = if attr == :ex_unit_setup, do: "setup", else: "setup_all"
    module = Process.get(:"$ex_unit_compiling")
    key = {:"$ex_unit_callbacks", module, kind}
    n = Process.get(key, 0)
    Process.put(key, n + 1)
    String.to_atom("__ex_unit_#{kind}_#{n}")
  end

  # `@attr value`, with the attribute's name chosen by the caller.
  defp put(attr, value), do: {:@, [], [{attr, [], [value]}]}

  @doc "Registers `callback` to run after the test (or module) process has ended."
  def on_exit(name_or_ref \\ make_ref(), callback) when is_function(callback, 0) do
    case Process.get(:"$ex_unit_runner") do
      nil ->
        raise ArgumentError, "on_exit/2 can only be invoked from the test process"

      runner ->
        send(runner, {:ex_unit_on_exit, self(), name_or_ref, callback})
        :ok
    end
  end

  @doc """
  Starts a child under the test's supervisor: it lives until the test ends,
  and is stopped before the `on_exit` callbacks run.
  """
  def start_supervised(child_spec_or_module, opts \\ []) do
    supervisor = test_supervisor!()
    child_spec = Supervisor.child_spec(child_spec_or_module, opts)

    case Supervisor.start_child(supervisor, child_spec) do
      {:error, {:already_started, _pid}} -> {:error, {:duplicate_child_name, child_spec.id}}
      {:error, :already_present} -> {:error, {:duplicate_child_name, child_spec.id}}
      other -> other
    end
  end

  @doc "Like `start_supervised/2`, but the pid, or a `RuntimeError` when the child does not start."
  def start_supervised!(child_spec_or_module, opts \\ []) do
    case start_supervised(child_spec_or_module, opts) do
      {:ok, pid} ->
        pid

      {:ok, pid, _info} ->
        pid

      {:error, reason} ->
        message =
          "failed to start child with the spec #{inspect(child_spec_or_module)}.\n" <>
            "Reason: #{start_error(reason)}"

        raise_from(message, {:start_supervised!, 2, 538})
    end
  end

  # Raises `message` as if from Elixir's ExUnit.Callbacks (at `line` of its
  # source), the frame a failure shows above the test's.
  defp raise_from(message, {name, arity, line}) do
    frame = {ExUnit.Callbacks, name, arity, [file: 'lib/ex_unit/callbacks.ex', line: line]}

    try do
      raise RuntimeError, message
    rescue
      e -> reraise e, [frame | Enum.reject(__STACKTRACE__, &match?({ExUnit.Callbacks, _, _, _}, &1))]
    end
  end

  defp start_error({{:EXIT, reason}, child}) when is_tuple(child), do: Exception.format_exit(reason)
  defp start_error({reason, child}) when is_tuple(child), do: Exception.format_exit(reason)

  defp start_error({:duplicate_child_name, id}) do
    """
    bad child specification, more than one child specification has the id: #{inspect(id)}.
    If using maps as child specifications, make sure the :id keys are unique.
    If using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:

        children = [
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)
        ]
    """
  end

  defp start_error(reason), do: Exception.format_exit(reason)

  @doc "Stops the child `id` started with `start_supervised/2`."
  def stop_supervised(id) do
    case Process.get(:"$ex_unit_supervisor") do
      nil ->
        {:error, :not_found}

      supervisor ->
        with :ok <- Supervisor.terminate_child(supervisor, id),
             do: Supervisor.delete_child(supervisor, id)
    end
  end

  @doc "Like `stop_supervised/1`, but raises when there is no such child."
  def stop_supervised!(id) do
    case stop_supervised(id) do
      :ok -> :ok
      {:error, :not_found} ->
        raise_from("could not stop child ID #{inspect(id)} because it was not found", {:stop_supervised!, 1, 623})
    end
  end

  # The test's supervisor, started on first use and linked to the test
  # process; the runner stops it when the test is over.
  defp test_supervisor! do
    case {Process.get(:"$ex_unit_supervisor"), Process.get(:"$ex_unit_runner")} do
      {nil, nil} ->
        raise ArgumentError, "start_supervised/2 can only be invoked from the test process"

      {nil, runner} ->
        options = [strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1]
        {:ok, supervisor} = Supervisor.start_link([], options)
        Process.put(:"$ex_unit_supervisor", supervisor)
        send(runner, {:ex_unit_supervisor, self(), supervisor})
        supervisor

      {supervisor, _runner} ->
        supervisor
    end
  end
end
