defmodule Attrs do
  @pi 3.14159
  @moduledoc "A module"
  @doc "f"
  @impl true
  @impl GenServer
  @behaviour GenServer
  @compile {:inline, f: 1}
  @vsn "1.0"
  @custom [1, 2, 3]
  @map %{a: 1}
  @nested @pi * 2
  @attr
  @spec area(number) :: number
  def area(r), do: r * r * @pi
  def list, do: @custom
  def first, do: @custom |> hd()
  def get(k), do: @map[k]
  def field, do: @map.a
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @acc :one
  @acc :two
end
