# Sections 6.1.1-6.1.2: the generic part of a server process (spawning, the loop,
# the request/response protocol), with the specific part plugged in as a callback
# module that provides init/0 and handle_call/2.
defmodule ServerProcess do
  def start(callback_module) do
    spawn(fn ->
      initial_state = callback_module.init()
      loop(callback_module, initial_state)
    end)
  end

  def call(server_pid, request) do
    send(server_pid, {request, self()})

    receive do
      {:response, response} -> response
    end
  end

  defp loop(callback_module, current_state) do
    receive do
      {request, caller} ->
        {response, new_state} = callback_module.handle_call(request, current_state)
        send(caller, {:response, response})
        loop(callback_module, new_state)
    end
  end
end

# a callback module: all it knows is how to answer requests, given a state
defmodule Counter do
  def init, do: 0

  def handle_call(:next, n), do: {n + 1, n + 1}
  def handle_call(:current, n), do: {n, n}
  def handle_call({:add, k}, n), do: {n + k, n + k}
end

pid = ServerProcess.start(Counter)
IO.inspect(ServerProcess.call(pid, :next))
IO.inspect(ServerProcess.call(pid, :next))
IO.inspect(ServerProcess.call(pid, {:add, 10}))
IO.inspect(ServerProcess.call(pid, :current))

# the same generic code runs a different server
defmodule Echo do
  def init, do: []
  def handle_call(:history, seen), do: {Enum.reverse(seen), seen}
  def handle_call(msg, seen), do: {msg, [msg | seen]}
end

echo = ServerProcess.start(Echo)
IO.inspect(ServerProcess.call(echo, "hello"))
IO.inspect(ServerProcess.call(echo, :world))
IO.inspect(ServerProcess.call(echo, :history))
