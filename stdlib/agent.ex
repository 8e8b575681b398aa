defmodule Agent do
  @moduledoc """
  A process that holds a state, read and changed through functions: a
  GenServer (`Agent.Server`) whose calls carry the function to run on the
  state. A function given as `{module, function, args}` is applied with the
  state prepended to `args`.
  """

  @type on_start :: {:ok, pid} | {:error, {:already_started, pid} | term}
  @type name :: atom | {:global, term} | {:via, module, term}
  @type agent :: pid | {atom, node} | name
  @type state :: term

  @doc false
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @doc false
      def child_spec(arg) do
        Map.merge(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}},
          Map.new(unquote(Macro.escape(opts)))
        )
      end

      defoverridable child_spec: 1
    end
  end

  @doc "A child specification starting the agent with `start_link/2`."
  @spec child_spec(term) :: map
  def child_spec(arg), do: %{id: Agent, start: {Agent, :start_link, [arg]}}

  @doc "Starts an agent linked to the caller, its state the result of `fun`."
  @spec start_link((-> term), GenServer.options()) :: on_start
  def start_link(fun, options \\ []) when is_function(fun, 0),
    do: GenServer.start_link(Agent.Server, fun, options)

  @doc "Starts a linked agent whose state is `apply(module, fun, args)`."
  @spec start_link(module, atom, [any], GenServer.options()) :: on_start
  def start_link(module, fun, args, options \\ []),
    do: GenServer.start_link(Agent.Server, {module, fun, args}, options)

  @doc "Starts an agent without a link, its state the result of `fun`."
  @spec start((-> term), GenServer.options()) :: on_start
  def start(fun, options \\ []) when is_function(fun, 0),
    do: GenServer.start(Agent.Server, fun, options)

  @doc "Starts an agent without a link whose state is `apply(module, fun, args)`."
  @spec start(module, atom, [any], GenServer.options()) :: on_start
  def start(module, fun, args, options \\ []),
    do: GenServer.start(Agent.Server, {module, fun, args}, options)

  @doc "The result of `fun` applied to the state."
  @spec get(agent, (state -> a), timeout) :: a when a: var
  def get(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:get, fun}, timeout)

  @doc "The result of `apply(module, fun, [state | args])`."
  @spec get(agent, module, atom, [term], timeout) :: any
  def get(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:get, {module, fun, args}}, timeout)

  @doc "Runs `fun` on the state: it returns `{reply, new_state}`; returns `reply`."
  @spec get_and_update(agent, (state -> {a, state}), timeout) :: a when a: var
  def get_and_update(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:get_and_update, fun}, timeout)

  @doc "As `get_and_update/3`, with `apply(module, fun, [state | args])`."
  @spec get_and_update(agent, module, atom, [term], timeout) :: any
  def get_and_update(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:get_and_update, {module, fun, args}}, timeout)

  @doc "Replaces the state with the result of `fun`; returns `:ok`."
  @spec update(agent, (state -> state), timeout) :: :ok
  def update(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:update, fun}, timeout)

  @doc "Replaces the state with `apply(module, fun, [state | args])`."
  @spec update(agent, module, atom, [term], timeout) :: :ok
  def update(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:update, {module, fun, args}}, timeout)

  @doc "Replaces the state with the result of `fun`, without waiting; returns `:ok`."
  @spec cast(agent, (state -> state)) :: :ok
  def cast(agent, fun) when is_function(fun, 1), do: GenServer.cast(agent, {:cast, fun})

  @doc "As `cast/2`, with `apply(module, fun, [state | args])`."
  @spec cast(agent, module, atom, [term]) :: :ok
  def cast(agent, module, fun, args), do: GenServer.cast(agent, {:cast, {module, fun, args}})

  @doc "Stops the agent with `reason` and waits for it to end."
  @spec stop(agent, reason :: term, timeout) :: :ok
  def stop(agent, reason \\ :normal, timeout \\ :infinity),
    do: GenServer.stop(agent, reason, timeout)
end

defmodule Agent.Server do
  @moduledoc false
  use GenServer

  def init(fun), do: {:ok, run(fun, [])}

  def handle_call({:get, fun}, _from, state), do: {:reply, run(fun, [state]), state}

  def handle_call({:get_and_update, fun}, _from, state) do
    case run(fun, [state]) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, run(fun, [state])}

  def handle_cast({:cast, fun}, state), do: {:noreply, run(fun, [state])}

  def code_change(_old, state, fun), do: {:ok, run(fun, [state])}

  defp run({module, fun, args}, extra), do: apply(module, fun, extra ++ args)
  defp run(fun, extra), do: apply(fun, extra)
end
