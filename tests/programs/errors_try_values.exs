# try is an expression; rescue/catch results become its value.
defmodule Opaque do
  def id(x), do: x
end

parse = fn s ->
  try do
    {:ok, String.to_integer(s)}
  rescue
    ArgumentError -> {:error, :not_a_number}
  end
end

IO.inspect(Enum.map(["1", "x", "42"], parse))

results =
  for f <- [fn -> :fine end, fn -> raise "r" end, fn -> throw(:t) end, fn -> exit(:x) end] do
    try do
      f.()
    rescue
      RuntimeError -> :rescued
    catch
      :throw, _ -> :thrown
      :exit, _ -> :exited
    end
  end

IO.inspect(results)

defmodule Safe do
  def call(f, default) do
    f.()
  rescue
    _ -> default
  catch
    _, _ -> default
  end
end

IO.inspect(Safe.call(fn -> 1 / Opaque.id(0) end, :nan))
IO.inspect(Safe.call(fn -> throw(1) end, :thrown_default))
IO.inspect(Safe.call(fn -> :computed end, :unused))
