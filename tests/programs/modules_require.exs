# require makes another module's macros available.
require Integer

defmodule Parity do
  require Integer, as: I
  def kind(n) when Integer.is_even(n), do: :even
  def kind(n) when I.is_odd(n), do: :odd
end

IO.inspect(Enum.map(1..4, &Parity.kind/1))
IO.inspect(Integer.is_odd(3))

defmodule MyMacros do
  defmacro unless_zero(n, do: body) do
    quote do
      if unquote(n) != 0, do: unquote(body), else: :was_zero
    end
  end
end

defmodule UsesMacros do
  require MyMacros
  def f(n), do: MyMacros.unless_zero(n, do: 100 / n)
end

IO.inspect(UsesMacros.f(4))
IO.inspect(UsesMacros.f(0))
