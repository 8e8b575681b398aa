defmodule Settings do
  def fetch(config, key), do: Map.fetch!(config, key)
  def port(config), do: fetch(config, :port)
  def tag(name), do: String.to_atom(name)
  def slot(t, i), do: Tuple.insert_at(t, i, :x)
end

IO.inspect(Settings.port(%{port: 4000}))
IO.inspect(Settings.tag("ok"))
IO.inspect(Settings.slot({1, 2}, 1))

for f <- [fn -> Settings.tag(1) end, fn -> Settings.slot({}, 5) end, fn -> Map.has_key?(1, :a) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

Settings.port(%{host: "localhost"})
