# GenServer.call exits: :noproc, a server that dies during the call, calling itself.
defmodule Slow do
  use GenServer

  @impl true
  def init(s), do: {:ok, s}

  @impl true
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :slept, s}
  end

  def handle_call(:die, _from, s), do: {:stop, :died_in_call, s}
  def handle_call(:exit, _from, _s), do: exit(:exited_in_call)
  def handle_call(:self_call, _from, s), do: {:reply, GenServer.call(self(), :ping), s}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}

  @impl true
  def handle_info(_msg, s), do: {:noreply, s}
end

show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  catch
    :exit, {reason, {GenServer, :call, [_server, msg, timeout]}} ->
      IO.inspect({reason, msg, timeout}, label: "#{label} exit")
  end
end

{:ok, pid} = GenServer.start(Slow, nil)
show.("ping", fn -> GenServer.call(pid, :ping) end)

# the server stops during the call
show.("stop in call", fn -> GenServer.call(pid, :die) end)
IO.inspect(Process.alive?(pid))

# :noproc for a dead pid, an unregistered name, and unknown global and via names
show.("dead pid", fn -> GenServer.call(pid, :ping) end)
show.("unknown name", fn -> GenServer.call(:no_such_server, :ping) end)
show.("unknown global", fn -> GenServer.call({:global, :no_such_server}, :ping) end)

# an exit inside handle_call becomes the server's exit reason
{:ok, pid} = GenServer.start(Slow, nil)
show.("exit in call", fn -> GenServer.call(pid, :exit) end)

# a server calling itself
{:ok, pid} = GenServer.start(Slow, nil)
try do
  GenServer.call(pid, :self_call)
catch
  :exit, {{inner, {GenServer, :call, [p, :ping, 5000]}}, {GenServer, :call, [p, :self_call, 5000]}} ->
    IO.inspect({inner, p == pid}, label: "self call exit")
end

# calling oneself directly
show.("calling_self", fn -> GenServer.call(self(), :ping) end)

# the whole exit reason as caught
try do
  GenServer.call(:no_such_server, :hello, 1234)
catch
  :exit, reason -> IO.inspect(reason)
end

# Exception.format_exit describes these reasons
IO.puts(Exception.format_exit({:noproc, {GenServer, :call, [:no_such_server, :hello, 5000]}}))
IO.puts(Exception.format_exit({:timeout, {GenServer, :call, [:srv, :hello, 5000]}}))
IO.puts(Exception.format_exit(:calling_self))

# Elixir's Logger writes reports a moment later and drops pending ones at exit: give it time.
Process.sleep(200)
