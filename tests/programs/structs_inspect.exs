# Struct inspect: field order, @derive Inspect with only/except, and long structs.
defmodule Secretive do
  @derive {Inspect, only: [:id, :name]}
  defstruct [:id, :name, :password, :token]
end

defmodule Hidden do
  @derive {Inspect, except: [:pin]}
  defstruct user: "u", pin: 1234, level: 2
end

defmodule Big do
  defstruct alpha: "aaaaaaaaaaaa", beta: "bbbbbbbbbbbb", gamma: "gggggggggggg", delta: [1, 2, 3], epsilon: %{k: :v}
end

defmodule Mk do
  def all do
    [%Secretive{id: 1, name: "n", password: "pw", token: "t"}, %Hidden{}, %Big{}]
  end
end

Enum.each(Mk.all(), &IO.inspect/1)
IO.inspect(Mk.all())
IO.inspect(Enum.at(Mk.all(), 1), structs: false)
