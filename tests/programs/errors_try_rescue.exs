# try/rescue catches exceptions raised in the block.
result =
  try do
    raise "something went wrong"
  rescue
    e in RuntimeError -> {:rescued, e.message}
  end
IO.inspect(result)

safe_div = fn a, b ->
  try do
    a / b
  rescue
    ArithmeticError -> :infinity
  end
end
IO.inspect(safe_div.(1, 2))
IO.inspect(safe_div.(1, 0))

try do
  String.to_integer(Enum.join(["x", "1"]))
rescue
  e -> IO.inspect(e)
end

try do
  raise ArgumentError
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

value =
  try do
    :no_error
  rescue
    _ -> :unreachable
  end
IO.inspect(value)

defmodule Risky do
  def run(x) do
    10 + x
  rescue
    ArithmeticError -> :bad_operand
  end
end
IO.inspect(Risky.run(5))
IO.inspect(Risky.run(:five))
