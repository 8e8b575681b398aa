defprotocol Area do
  def area(shape)
end

defmodule Sq do
  defstruct side: 1
end

defimpl Area, for: Sq do
  def area(%Sq{side: s}) when s > 0, do: s * s
end

defmodule Main do
  def total(shapes), do: shapes |> Enum.map(&Area.area/1) |> Enum.sum()
end

IO.inspect(Main.total([%Sq{side: 2}, %Sq{side: 3}]))

try do
  Main.total([%Sq{side: 2}, %{side: 3}])
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end

Main.total([%Sq{side: -1}])
