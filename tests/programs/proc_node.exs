# node/0 and node/1 on a runtime that is not distributed.
IO.inspect(node())
IO.inspect(node(self()))
pid = spawn(fn -> :ok end)
IO.inspect(node(pid))
IO.inspect(node(make_ref()))
IO.inspect(Node.self())
IO.inspect(Node.alive?())
IO.inspect(Node.list())
