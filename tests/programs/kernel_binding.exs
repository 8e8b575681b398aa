# binding/0: the variables bound so far, by name; a fn sees those around it, a def only its own.
IO.inspect(binding())
x = 5
{a, _b} = {1, 2}
IO.inspect(binding())
IO.inspect((fn y -> binding() end).(3))
defmodule M do
  def g(p, q), do: binding()
end
IO.inspect(M.g(1, 2))
defmodule M2 do
  def g(p) do
    q = p + 1
    f = fn z -> binding() end
    f.(9)
  end
end
IO.inspect(M2.g(1))
x = 1
Enum.each([2], fn y -> IO.inspect(binding()) end)
