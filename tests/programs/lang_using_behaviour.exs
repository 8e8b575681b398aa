defmodule Plugin do
  @callback name() :: String.t()
  @callback run(term) :: {:ok, term} | {:error, term}
  @optional_callbacks [describe: 0]
  @callback describe() :: String.t()

  defmacro __using__(opts) do
    version = Keyword.get(opts, :version, 1)

    quote do
      @behaviour Plugin
      @plugin_version unquote(version)

      def version, do: @plugin_version
      def name, do: __MODULE__ |> Module.split() |> List.last() |> String.downcase()

      def run_twice(x) do
        with {:ok, y} <- run(x), do: run(y)
      end

      defoverridable name: 0
    end
  end
end

defmodule Doubler do
  use Plugin, version: 2

  @impl Plugin
  def run(x) when is_number(x), do: {:ok, x * 2}
  def run(x), do: {:error, {:not_a_number, x}}
end

defmodule Shouter do
  use Plugin

  @impl true
  def name, do: "SHOUTER (" <> super() <> ")"

  @impl true
  def run(s) when is_binary(s), do: {:ok, String.upcase(s) <> "!"}
  def run(_), do: {:error, :not_a_string}
end

defmodule Registry2 do
  def run_all(plugins, input) do
    for p <- plugins, into: %{} do
      {p.name(), p.run(input)}
    end
  end
end

IO.inspect({Doubler.version(), Shouter.version()})
IO.inspect({Doubler.name(), Shouter.name()})
IO.inspect(Doubler.run_twice(5))
IO.inspect(Shouter.run_twice("hey"))
IO.inspect(Doubler.run_twice("x"))
IO.inspect(Registry2.run_all([Doubler, Shouter], 21))
IO.inspect(Registry2.run_all([Doubler, Shouter], "hi"))
IO.inspect(Plugin.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Plugin.behaviour_info(:optional_callbacks))
IO.inspect(Doubler.module_info(:attributes) |> Keyword.get_values(:behaviour))
mod = Doubler
IO.inspect(mod.run(1.5))
IO.inspect(apply(mod, :run, [:bad]))
IO.inspect(function_exported?(Shouter, :describe, 0))
