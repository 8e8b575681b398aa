# Application's environment, shared by every process, and :persistent_term.
IO.inspect(Application.get_env(:my_app, :k))
IO.inspect(Application.get_env(:my_app, :k, 3))
IO.inspect(Application.fetch_env(:my_app, :k))

try do
  Application.fetch_env!(:my_app, :k)
rescue
  e -> IO.inspect(e)
end

IO.inspect(Application.put_env(:my_app, :k, %{a: 1}))
IO.inspect(Application.get_env(:my_app, :k))
IO.inspect(Application.fetch_env(:my_app, :k))
IO.inspect(Application.fetch_env!(:my_app, :k))
IO.inspect(Application.put_env(:my_app, :j, 2))
IO.inspect(Enum.sort(Application.get_all_env(:my_app)))
IO.inspect(Application.delete_env(:my_app, :k))
IO.inspect(Application.get_all_env(:my_app))
IO.inspect(Application.get_all_env(:nope))
IO.inspect(Application.put_all_env(my_app: [x: 1, y: 2], other: [z: 3]))
IO.inspect(Enum.sort(Application.get_all_env(:my_app)))
IO.inspect(Application.get_env(:other, :z))

# another process sees the same environment
parent = self()
spawn(fn -> send(parent, Application.get_env(:my_app, :x)) end)

receive do
  x -> IO.inspect(x, label: "from another process")
end

spawn(fn -> Application.put_env(:my_app, :from_child, true); send(parent, :put) end)

receive do
  :put -> IO.inspect(Application.get_env(:my_app, :from_child), label: "put by another process")
end

try do
  Application.fetch_env!(:elixir, :no_such_key)
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(Application.ensure_all_started(:logger))
IO.inspect(Application.ensure_all_started(:nope_app))
IO.inspect(Application.ensure_started(:nope_app))
IO.inspect(Application.spec(:nope_app))

defmodule Configured do
  @app :my_app
  def x, do: Application.get_env(@app, :x)
end

IO.inspect(Configured.x())

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args), do: {:ok, self()}
end

IO.inspect(MyApp.Application.start(:normal, []) == {:ok, self()})
IO.inspect(MyApp.Application.stop(nil))

IO.inspect(:persistent_term.put(:k, 1))
IO.inspect(:persistent_term.get(:k))
IO.inspect(:persistent_term.put({:a, "b"}, [1, 2]))
IO.inspect(:persistent_term.get({:a, "b"}))
IO.inspect(:persistent_term.get(:nope, :default))
IO.inspect(:persistent_term.erase(:k))
IO.inspect(:persistent_term.erase(:k))

try do
  :persistent_term.get(:k)
rescue
  e -> IO.puts(Exception.message(e))
end

{{y, mo, d}, {h, mi, s}} = :erlang.localtime()
IO.inspect(y > 2000 and mo in 1..12 and d in 1..31 and h in 0..23 and mi in 0..59 and s in 0..60)
{date, _} = :erlang.universaltime()
IO.inspect(date == Date.to_erl(Date.utc_today()))
{{_, _, _}, {_, _, _}} = :calendar.local_time()
{{_, _, _}, {_, _, _}} = :calendar.universal_time()

Application.fetch_env!(:my_app, :nothing)
