# monitor/3's `tag:` option: the message the monitor sends starts with the tag instead of :DOWN;
# `alias: :reply_demonitor` ends the monitor when a message comes through its alias.
show = fn msg ->
  case msg do
    {tag, ref, :process, object, reason} when is_reference(ref) ->
      IO.inspect({tag, :ref, :process, is_pid(object) or object, reason})

    other ->
      IO.inspect(other)
  end
end

next = fn ->
  receive do
    msg -> show.(msg)
  after
    100 -> IO.puts("nothing")
  end
end

pid = spawn(fn -> receive do: (:stop -> exit(:bye)) end)
ref = :erlang.monitor(:process, pid, tag: :my_tag)
IO.inspect(is_reference(ref))
send(pid, :stop)
next.()

# a gone process: at once, with the tag
:erlang.monitor(:process, pid, tag: {:a, 1})
next.()
:erlang.monitor(:process, :nobody_here, [{:tag, "t"}, {:alias, :demonitor}])
next.()

# the last tag given wins; :DOWN is a tag like any other
:erlang.monitor(:process, pid, tag: :first, tag: :second)
next.()
:erlang.monitor(:process, pid, tag: :DOWN)
next.()

# demonitor with :flush takes a tagged message out of the mailbox
ref = :erlang.monitor(:process, pid, tag: :flushed)
IO.inspect(Process.demonitor(ref, [:flush]))
next.()

# demonitor before the end: no message
worker = spawn(fn -> receive do: (:stop -> :ok) end)
ref = :erlang.monitor(:process, worker, tag: :never)
Process.demonitor(ref)
send(worker, :stop)
next.()

# reply_demonitor: a message through the alias ends the monitor
worker = spawn(fn -> receive do: (:stop -> :ok) end)
alias_ref = :erlang.monitor(:process, worker, [{:tag, :t}, {:alias, :reply_demonitor}])
send(alias_ref, :via_alias)
next.()
send(worker, :stop)
next.()
send(alias_ref, :second_message)
next.()

# demonitor alias: it stays active until the monitor ends
worker = spawn(fn -> receive do: (:stop -> :ok) end)
alias_ref = :erlang.monitor(:process, worker, [{:alias, :demonitor}, {:tag, :ended}])
send(alias_ref, :one)
send(alias_ref, :two)
next.()
next.()
send(worker, :stop)
next.()
send(alias_ref, :after_the_end)
next.()

# a monitor of oneself sends nothing
:erlang.monitor(:process, self(), tag: :me)
next.()

# bad options
for opts <- [[tag: 1, other: 2], [:tag], [{:tag, 1, 2}], :tag] do
  try do
    :erlang.monitor(:process, self(), opts)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
