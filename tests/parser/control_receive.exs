receive do
  msg -> msg
end
receive do
  {:ping, from} -> send(from, :pong)
  {:stop, reason} when is_atom(reason) -> exit(reason)
  _other -> :ignore
end
receive do
  {:EXIT, pid, reason} ->
    IO.inspect({pid, reason})
    :done
end
