# Bad options to monitor/3 and a stacktrace that is not a list, each rescued.
for opts <- [[alias: :x], [:foo], [tag: 1]] do
  try do
    :erlang.monitor(:process, self(), opts)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

ref = :erlang.monitor(:process, self(), alias: :demonitor)
IO.inspect(is_reference(ref))

try do
  :erlang.raise(:error, :boom, :notalist)
rescue
  e -> IO.inspect(e)
end

reraise "x", :notalist
