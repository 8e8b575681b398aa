# with/else whose else clauses do not cover the value.
defmodule Signup do
  def run(params) do
    with {:ok, name} <- Map.fetch(params, :name),
         {:ok, age} <- Map.fetch(params, :age) do
      "#{name} (#{age})"
    else
      {:error, reason} -> "error: #{reason}"
    end
  end
end

IO.puts(Signup.run(%{name: "Al", age: 3}))
IO.puts(Signup.run(%{name: "Al"}))
