# Module attributes: constants, docs, accumulation and reading at compile time.
defmodule Settings do
  @moduledoc "Holds a few settings."
  @default_port 4000
  @hosts ["a.example", "b.example"]
  @doc "The port."
  def port, do: @default_port
  def hosts, do: @hosts

  @default_port 5000
  def later_port, do: @default_port

  Module.register_attribute(__MODULE__, :plugin, accumulate: true)
  @plugin :logger
  @plugin :cache
  def plugins, do: @plugin

  @computed Enum.map(1..3, &(&1 * 10))
  def computed, do: @computed

  @map %{key: "value"}
  def map_value, do: @map.key

  @flag true
  if @flag do
    def flagged, do: :yes
  else
    def flagged, do: :no
  end
end

IO.inspect(Settings.port())
IO.inspect(Settings.hosts())
IO.inspect(Settings.later_port())
IO.inspect(Settings.plugins())
IO.inspect(Settings.computed())
IO.inspect(Settings.map_value())
IO.inspect(Settings.flagged())
