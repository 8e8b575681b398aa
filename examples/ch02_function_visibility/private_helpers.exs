# Section 2.3.4: def makes a public function, defp a private one.
defmodule Password do
  def strong?(text) do
    long_enough?(text) and has_digit?(text)
  end

  defp long_enough?(text), do: String.length(text) >= 8
  defp has_digit?(text), do: String.match?(text, ~r/\d/)
end

IO.inspect(Password.strong?("abc"))
IO.inspect(Password.strong?("correcthorse9"))

try do
  apply(Password, :long_enough?, ["from outside"])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
