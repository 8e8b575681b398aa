defmodule Plugin do
  @callback name() :: String.t()
  @callback run(term) :: term
  defmacro __using__(opts) do
    prefix = Keyword.get(opts, :prefix, "plugin")
    quote do
      @behaviour Plugin
      def describe, do: "#{unquote(prefix)}:#{name()}"
      def run_twice(x), do: x |> run() |> run()
      defoverridable describe: 0
    end
  end
end
defmodule Doubler do
  use Plugin, prefix: "math"
  @impl Plugin
  def name, do: "doubler"
  @impl true
  def run(x), do: x * 2
end
defmodule Shouter do
  use Plugin
  def name, do: "shouter"
  def run(s), do: String.upcase(s) <> "!"
  def describe, do: "custom " <> super()
end
IO.puts(Doubler.describe())
IO.inspect(Doubler.run_twice(3))
IO.puts(Shouter.describe())
IO.inspect(Shouter.run_twice("hi"))
IO.inspect(Doubler.module_info(:attributes) |> Keyword.get_values(:behaviour))
defmodule Wrapper do
  defdelegate upcase(s), to: String
  defdelegate size(m), to: Kernel, as: :map_size
end
IO.inspect(Wrapper.upcase("x"))
IO.inspect(Wrapper.size(%{a: 1}))
defmodule Opts do
  defmacro defconst(name, value) do
    quote bind_quoted: [name: name, value: value] do
      def unquote(name)(), do: unquote(value)
    end
  end
end
defmodule Consts do
  require Opts
  Opts.defconst(:answer, 42)
  Opts.defconst(:greeting, "hello")
  for {n, v} <- [one: 1, two: 2] do
    Opts.defconst(n, v)
  end
end
IO.inspect({Consts.answer(), Consts.greeting(), Consts.one(), Consts.two()})
