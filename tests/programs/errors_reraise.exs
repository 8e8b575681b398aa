# reraise re-raises an exception with a stacktrace; raise inside rescue.
defmodule Wrapper do
  def run(f) do
    try do
      f.()
    rescue
      e ->
        IO.puts("logging: " <> Exception.message(e))
        reraise e, __STACKTRACE__
    end
  end

  def convert(f) do
    f.()
  rescue
    e in ArgumentError -> raise RuntimeError, "converted: " <> e.message
  end
end

try do
  Wrapper.run(fn -> raise ArgumentError, "inner" end)
rescue
  e -> IO.inspect(e)
end

try do
  Wrapper.convert(fn -> raise ArgumentError, "arg" end)
rescue
  e -> IO.inspect(e)
end

try do
  try do
    raise "first"
  rescue
    e -> reraise RuntimeError, [message: "again: " <> e.message], __STACKTRACE__
  end
rescue
  e -> IO.puts(Exception.message(e))
end

st =
  try do
    raise "x"
  rescue
    _ -> __STACKTRACE__
  end
IO.inspect(is_list(st))
