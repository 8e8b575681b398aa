# try ... else runs on success; after always runs.
attempt = fn f ->
  try do
    f.()
  rescue
    e -> {:rescued, Exception.message(e)}
  else
    {:ok, v} -> {:success, v}
    other -> {:unexpected, other}
  after
    IO.puts("cleanup")
  end
end

IO.inspect(attempt.(fn -> {:ok, 1} end))
IO.inspect(attempt.(fn -> :weird end))
IO.inspect(attempt.(fn -> raise "fail" end))

defmodule Res do
  def with_resource(f) do
    IO.puts("open")
    f.()
  after
    IO.puts("close")
  end
end

IO.inspect(Res.with_resource(fn -> :used end))

try do
  Res.with_resource(fn -> throw(:escaped) end)
catch
  v -> IO.inspect({:caught, v})
end

x =
  try do
    1
  after
    :ignored_value
  end
IO.inspect(x)

IO.inspect(
  try do
    :not_matching
  rescue
    _ -> 0
  else
    :other -> 1
    _ -> 2
  end
)
