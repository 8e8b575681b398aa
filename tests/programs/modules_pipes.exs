# The pipe operator passes the left value as the first argument.
defmodule Text do
  def shout(s), do: String.upcase(s) <> "!"
  def wrap(s, left, right), do: left <> s <> right
  def exclaim(s), do: s <> "!"
end

"hello"
|> Text.shout()
|> Text.wrap("<", ">")
|> IO.puts()

defmodule Pipeline do
  import Text

  def run(s) do
    s
    |> String.trim()
    |> exclaim
    |> shout
    |> wrap("[", "]")
  end
end

IO.puts(Pipeline.run("  spaced  "))

[1, 2, 3, 4, 5]
|> Enum.filter(&(rem(&1, 2) == 1))
|> Enum.map(&(&1 * &1))
|> Enum.sum()
|> IO.inspect()

5
|> (fn x -> x * 10 end).()
|> IO.inspect()

3
|> then(&(&1 + 1))
|> tap(&IO.inspect(&1, label: "tapped"))
|> Integer.to_string()
|> String.pad_leading(4, "0")
|> IO.inspect()

result = "a-b-c" |> String.split("-") |> Enum.reverse() |> Enum.join("+")
IO.puts(result)
IO.inspect(%{a: 1} |> Map.put(:b, 2) |> Map.keys())
