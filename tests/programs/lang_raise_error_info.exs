# raise/1 marks its frame with error_info: %{module: Exception}; raise/2, :erlang.error
# and reraise keep what they are given (an empty stacktrace stays empty).
defmodule M do
  def a, do: raise "x"
  def b, do: raise ArgumentError
  def c, do: raise(ArgumentError, message: "m")
  def d, do: :erlang.error(:foo)
  def e, do: throw(:t)
  def f, do: exit(:e)
  def g do
    try do
      a()
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end
  def h, do: reraise(RuntimeError.exception("q"), [])
end
for f <- [:a, :b, :c, :d, :e, :f, :g, :h] do
  try do
    apply(M, f, [])
  catch
    k, r -> IO.inspect({k, r, hd(__STACKTRACE__ ++ [:none])})
  end
end
