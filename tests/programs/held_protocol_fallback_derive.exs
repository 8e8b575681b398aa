defprotocol Describe do
  @fallback_to_any true
  @doc "describes"
  def describe(term)
end
defimpl Describe, for: Integer do
  def describe(n) when n < 0, do: "negative #{n}"
  def describe(n), do: "integer #{n}"
end
defimpl Describe, for: [List, Tuple] do
  def describe(x), do: "collection of #{Enum.count(if is_tuple(x), do: Tuple.to_list(x), else: x)}"
end
defimpl Describe, for: BitString do
  def describe(s), do: "string #{inspect(s)}"
end
defimpl Describe, for: Any do
  def describe(_), do: "something"
end
defmodule Cat do
  defstruct name: "Tom"
end
defimpl Describe, for: Cat do
  def describe(%Cat{name: n}), do: "cat #{n}"
end
defmodule Dog do
  @derive [Describe]
  defstruct name: "Rex"
end
for t <- [1, -5, [1, 2], {1, 2, 3}, "hi", :atom, 1.5, %Cat{}, %Dog{}, %{}, fn -> 1 end] do
  IO.puts Describe.describe(t)
end
IO.inspect Describe.impl_for(1)
IO.inspect Describe.impl_for(%Cat{})
IO.inspect Describe.__protocol__(:functions)
IO.inspect Enumerable.impl_for([])
IO.inspect String.Chars.impl_for(%Cat{})

defmodule Temp do
  defstruct deg: 0
  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{deg: d}, opts) do
      concat(["#Temp<", to_doc(d, opts), "°>"])
    end
  end
  defimpl String.Chars do
    def to_string(%{deg: d}), do: "#{d} degrees"
  end
end
IO.inspect %Temp{deg: 21.5}
IO.inspect [%Temp{}, %Temp{deg: -3}]
IO.puts %Temp{deg: 5}
IO.puts "Now: #{%Temp{deg: 7}}"
IO.inspect inspect(%Temp{deg: 1})
defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct user: "bob", password: "hunter2"
end
IO.inspect %Secret{}
defmodule Secret2 do
  @derive {Inspect, except: [:password]}
  defstruct user: "bob", password: "hunter2", age: 3
end
IO.inspect %Secret2{}
