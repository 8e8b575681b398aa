# use with options that generate functions, and __using__ that defines defaults.
defmodule Field do
  defmacro __using__(fields) do
    getters =
      for {name, default} <- fields do
        quote do
          def unquote(name)(), do: unquote(default)
        end
      end

    quote do
      unquote_splicing(getters)
      def fields, do: unquote(Keyword.keys(fields))
    end
  end
end

defmodule Settings do
  use Field, host: "localhost", port: 8080, debug: false
end

IO.inspect(Settings.fields())
IO.inspect({Settings.host(), Settings.port(), Settings.debug()})

defmodule Names do
  for {name, index} <- Enum.with_index([:zero, :one, :two]) do
    def unquote(name)(), do: unquote(index)
  end
  def unquote(:"dynamic name")(), do: :ok
end

IO.inspect({Names.zero(), Names.one(), Names.two()})
IO.inspect(apply(Names, :"dynamic name", []))
