# A function that raises inside the agent stops it; the caller's call exits.
{:ok, agent} = Agent.start(fn -> 1 end)
IO.puts("calling")
Agent.get(agent, fn state -> state + :one end)
