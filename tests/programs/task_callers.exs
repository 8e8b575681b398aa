# A task knows who started it: :"$callers" and :"$ancestors" in its dictionary.
me = self()
t = Task.async(fn -> {Process.get(:"$callers"), Process.get(:"$ancestors")} end)
{callers, ancestors} = Task.await(t)
IO.inspect {callers == [me], ancestors == [me]}
t = Task.async(fn -> Task.await(Task.async(fn -> Process.get(:"$callers") end)) end)
[_, b] = Task.await(t)
IO.inspect b == me
{:ok, _} = Task.start(fn -> send(me, Process.get(:"$callers")) end)
receive do c -> IO.inspect c == [me] end
