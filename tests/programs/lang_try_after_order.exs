defmodule Res do
  def with_resource(name, fun) do
    IO.puts("open #{name}")
    try do
      fun.(name)
    after
      IO.puts("close #{name}")
    end
  end

  def nested do
    try do
      try do
        raise "inner"
      after
        IO.puts("inner after")
      end
    rescue
      e -> IO.puts("outer rescued #{e.message}")
      :recovered
    after
      IO.puts("outer after")
    end
  end

  def rethrow do
    try do
      throw(:x)
    catch
      :x -> throw(:y)
    end
  catch
    v -> {:caught_again, v}
  end

  def else_branch(v) do
    try do
      v
    rescue
      _ -> :error
    else
      0 -> :zero
      n when is_integer(n) -> {:int, n}
      other -> {:other, other}
    end
  end

  def in_fun do
    f = fn ->
      try do
        :erlang.error(:from_fn)
      rescue
        e in ErlangError -> {:erlang_error, e.original}
      end
    end

    f.()
  end

  def value_of_after do
    try do
      :body_value
    after
      :after_value_ignored
    end
  end
end

IO.inspect(Res.with_resource("file.txt", fn n -> String.length(n) end))

try do
  Res.with_resource("bad", fn _ -> raise ArgumentError, "bad resource" end)
rescue
  e -> IO.puts("caught: " <> Exception.message(e))
end

IO.inspect(Res.nested())
IO.inspect(Res.rethrow())
IO.inspect(Enum.map([0, 5, :a], &Res.else_branch/1))
IO.inspect(Res.in_fun())
IO.inspect(Res.value_of_after())

result =
  try do
    Integer.parse("12abc")
  rescue
    _ -> :never
  else
    {n, rest} -> "parsed #{n} leaving #{inspect(rest)}"
  end

IO.puts(result)

try do
  Res.else_branch(nil) |> then(fn _ -> raise KeyError, key: :k end)
rescue
  e in KeyError -> IO.inspect(e)
end

try do
  try do
    1 / 0
  rescue
    e in ArithmeticError -> reraise e, __STACKTRACE__
  end
rescue
  e -> IO.inspect(e)
end

Res.with_resource("final", fn _ -> exit(:shutdown_now) end)
