defprotocol Describe do
  @fallback_to_any true
  def describe(term)
end

defimpl Describe, for: Any do
  def describe(%{__struct__: mod}), do: "a #{inspect(mod)} struct"
  def describe(term), do: "some #{inspect(term)}"
end

defimpl Describe, for: [Integer, Float] do
  def describe(n), do: "the number #{n}"
end

defimpl Describe, for: List do
  def describe([]), do: "an empty list"
  def describe(l), do: "a list of #{length(l)}: " <> Enum.map_join(l, ", ", &Describe.describe/1)
end

defimpl Describe, for: BitString do
  def describe(s) when is_binary(s), do: "the string #{inspect(s)}"
  def describe(_), do: "some bits"
end

defimpl Describe, for: Map do
  def describe(m), do: "a map with #{map_size(m)} keys"
end

defimpl Describe, for: Tuple do
  def describe(t), do: "a #{tuple_size(t)}-tuple"
end

defimpl Describe, for: Atom do
  def describe(nil), do: "nothing"
  def describe(a), do: "the atom #{a}"
end

defimpl Describe, for: Function do
  def describe(f), do: "a function of arity #{:erlang.fun_info(f)[:arity]}"
end

defmodule Dog do
  @derive [Describe]
  defstruct name: "Rex"
end

defmodule Cat do
  defstruct name: "Tom"
end

defimpl Describe, for: Cat do
  def describe(%Cat{name: n}), do: "a cat called #{n}"
end

defmodule Main do
  def run do
    things = [1, 2.5, [], [1, "a"], "hi", <<1::3>>, %{a: 1}, {1, 2, 3}, nil, :ok, &Main.run/0, %Dog{}, %Cat{}, self()]
    for t <- things, do: IO.puts(Describe.describe(t))
    IO.inspect(Describe.impl_for(%Cat{}))
    IO.inspect(Describe.impl_for(1))
    IO.inspect(Describe.impl_for(self()))
    IO.inspect(Protocol.assert_protocol!(Describe))
    IO.inspect(Enumerable.impl_for([]))
    IO.inspect(Enumerable.impl_for(%Cat{}))
    IO.inspect(String.Chars.impl_for(:a))
    IO.inspect(Collectable.impl_for(%{}))
  end
end

Main.run()
