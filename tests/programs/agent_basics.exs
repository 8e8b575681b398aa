# Agent: start/start_link (with name:), get/update/get_and_update/cast/stop, MFA forms.
{:ok, agent} = Agent.start_link(fn -> [] end)
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.update(agent, fn list -> [1 | list] end))
IO.inspect(Agent.get_and_update(agent, fn list -> {length(list), [2 | list]} end))
IO.inspect(Agent.get(agent, &Enum.reverse/1))
IO.inspect(Agent.cast(agent, fn list -> [3 | list] end))
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.stop(agent))
IO.inspect(Process.alive?(agent))

{:ok, counter} = Agent.start_link(fn -> 0 end, name: :counter)
IO.inspect(Process.whereis(:counter) == counter)
Agent.update(:counter, &(&1 + 5))
IO.inspect(Agent.get(:counter, & &1))
IO.inspect(Agent.start_link(fn -> 0 end, name: :counter) == {:error, {:already_started, counter}})

{:ok, mfa} = Agent.start(Map, :new, [[a: 1]])
IO.inspect(Agent.get(mfa, Map, :get, [:a]))
Agent.update(mfa, Map, :put, [:b, 2])
IO.inspect(Agent.get_and_update(mfa, Map, :pop, [:a]))
Agent.cast(mfa, Map, :put, [:c, 3])
IO.inspect(Agent.get(mfa, & &1))
IO.inspect(Agent.stop(mfa, :shutdown))

{:ok, slow} = Agent.start(fn -> :state end)

try do
  Agent.get(slow, fn s -> Process.sleep(200); s end, 10)
catch
  :exit, {:timeout, {GenServer, :call, [^slow, {:get, _}, 10]}} -> IO.puts("get timed out")
end

Agent.stop(slow)

try do
  Agent.get(:nobody, & &1)
catch
  :exit, {:noproc, {GenServer, :call, [:nobody, {:get, _}, 5000]}} -> IO.puts("no agent")
end

defmodule Stack do
  use Agent

  def start_link(items), do: Agent.start_link(fn -> items end, name: __MODULE__)
  def push(item), do: Agent.update(__MODULE__, &[item | &1])
  def pop, do: Agent.get_and_update(__MODULE__, fn [top | rest] -> {top, rest} end)
end

IO.inspect(Stack.child_spec([1]))
{:ok, _} = Stack.start_link([1])
Stack.push(2)
IO.inspect(Stack.pop())
IO.inspect(Stack.pop())
IO.inspect(Agent.child_spec(:arg))
