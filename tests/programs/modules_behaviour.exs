# Behaviours: @callback declares, @behaviour adopts, @impl marks implementations.
defmodule Parser do
  @callback parse(String.t()) :: {:ok, term} | {:error, String.t()}
  @callback extensions() :: [String.t()]
  @optional_callbacks extensions: 0

  def parse_with(module, text), do: module.parse(text)
end

defmodule IntParser do
  @behaviour Parser

  @impl Parser
  def parse(text) do
    case Integer.parse(text) do
      {n, ""} -> {:ok, n}
      _ -> {:error, "not an integer: #{text}"}
    end
  end

  @impl true
  def extensions, do: [".int"]

  def helper, do: :not_a_callback
end

defmodule ListParser do
  @behaviour Parser

  @impl true
  def parse(text), do: {:ok, String.split(text, ",")}
end

IO.inspect(Parser.parse_with(IntParser, "42"))
IO.inspect(Parser.parse_with(IntParser, "4x2"))
IO.inspect(Parser.parse_with(ListParser, "a,b"))
IO.inspect(IntParser.extensions())
IO.inspect(Parser.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Parser.behaviour_info(:optional_callbacks))
IO.inspect(IntParser.module_info(:attributes) |> Keyword.get_values(:behaviour))
