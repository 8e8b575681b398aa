# What `use GenServer` gives: child_spec/1, default callbacks, and their behaviour.
defmodule Bare do
  use GenServer

  @impl true
  def init(arg), do: {:ok, arg}
end

defmodule Custom do
  use GenServer, restart: :transient, shutdown: 10_000, id: :my_custom

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init(arg), do: {:ok, arg}
end

defmodule Overridden do
  use GenServer

  def child_spec(arg), do: %{id: {:overridden, arg}, start: {__MODULE__, :start_link, []}}

  @impl true
  def init(arg), do: {:ok, arg}
end

IO.inspect(Bare.child_spec(:arg))
IO.inspect(Bare.child_spec([1, 2]))
IO.inspect(Custom.child_spec(:x))
IO.inspect(Overridden.child_spec(7))

# the callbacks that use GenServer defines
for {name, arity} <- [init: 1, handle_call: 3, handle_cast: 2, handle_info: 2, terminate: 2, code_change: 3, child_spec: 1] do
  IO.inspect({name, arity, function_exported?(Bare, name, arity)})
end

IO.inspect(function_exported?(Bare, :handle_continue, 2), label: "handle_continue")
IO.inspect(function_exported?(Bare, :format_status, 2), label: "format_status")

# default terminate and code_change
IO.inspect(Bare.terminate(:normal, :state))
IO.inspect(Bare.code_change(:old, :state, :extra))

# default handle_call: the server raises and the caller exits
{:ok, pid} = GenServer.start(Bare, :some_state, name: :bare)

try do
  GenServer.call(:bare, :hello)
catch
  :exit, {{%RuntimeError{message: m}, _}, {GenServer, :call, [:bare, :hello, 5000]}} -> IO.puts(m)
end

IO.inspect(Process.alive?(pid))

# default handle_cast: raises too
{:ok, pid} = GenServer.start(Bare, :state2, name: :bare2)
ref = Process.monitor(pid)
GenServer.cast(:bare2, :hello)

receive do
  {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.puts(m)
end

# default handle_info: logs the message and goes on
{:ok, pid} = GenServer.start(Bare, :state3, name: :bare3)
send(pid, :unexpected)
send(pid, {:also, :unexpected})
IO.inspect(Process.alive?(pid), label: "still running")
IO.inspect(GenServer.stop(pid), label: "stopped")

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
