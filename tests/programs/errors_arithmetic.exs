# ArithmeticError from numeric operators and functions.
defmodule Opaque do
  def id(x), do: x
end

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e in ArithmeticError -> IO.puts("#{inspect(e)} / #{Exception.message(e)}")
  end
end

zero = Opaque.id(0)
show.(fn -> 1 / zero end)
show.(fn -> div(1, zero) end)
show.(fn -> rem(1, zero) end)
show.(fn -> 1 + Opaque.id(:atom) end)
show.(fn -> Opaque.id("1") * 2 end)
show.(fn -> 1.0e308 * Opaque.id(10.0) end)
show.(fn -> :math.log(Opaque.id(0)) end)
show.(fn -> :math.sqrt(Opaque.id(-1)) end)
show.(fn -> Integer.pow(2, Opaque.id(-1)) end)
show.(fn -> Bitwise.bsl(Opaque.id(1.0), 1) end)
show.(fn -> -Opaque.id(:x) end)
show.(fn -> 10 / Opaque.id(4) end)
