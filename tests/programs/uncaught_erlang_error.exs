# An Erlang error term that is not an exception is wrapped in ErlangError.
IO.puts("start")
:erlang.error({:unexpected_reply, [1, 2]})
