# A built-in fails two calls deep: its frame, then the callers' frames.
defmodule Parse do
  def number(text) do
    n = String.to_integer(text)
    n * 2
  end

  def all(list), do: Enum.map(list, &number/1) |> Enum.sum()
end

defmodule Report do
  def run(list) do
    total = Parse.all(list)
    IO.puts("total #{total}")
    total
  end
end

Report.run(["1", "2"])
Report.run(["1", "zwei"])
IO.puts("not reached")
