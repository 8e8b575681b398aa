# rescue clauses can name several exception modules or match any.
defmodule Opaque do
  def id(x), do: x
end

handle = fn f ->
  try do
    f.()
  rescue
    e in [ArgumentError, ArithmeticError] -> {:arg_or_arith, e.__struct__}
    e in KeyError -> {:key, e.key}
    RuntimeError -> :runtime
    other -> {:other, other.__struct__}
  end
end

IO.inspect(handle.(fn -> raise ArgumentError, "bad" end))
IO.inspect(handle.(fn -> 1 / Opaque.id(0) end))
IO.inspect(handle.(fn -> Map.fetch!(Opaque.id(%{}), :k) end))
IO.inspect(handle.(fn -> raise "plain" end))
IO.inspect(handle.(fn -> hd(Opaque.id([])) end))
IO.inspect(handle.(fn -> {:a} = {:b} end))
IO.inspect(handle.(fn -> Enum.fetch!([], 3) end))

IO.inspect(
  try do
    :erlang.error(:badarith)
  rescue
    e in ArithmeticError -> Exception.message(e)
  end
)
