# String building (Enum.join, interpolation, <>) and splitting (String.split, String.length).
# Usage: string.exs [N]; prints a checksum of the results and the microseconds the work took.
# The work sits in a module so that Elixir compiles it (top-level script code is interpreted).
defmodule Bench.String do
  def run(n) do
    joined = 1..n |> Enum.map(&"item#{&1}") |> Enum.join(",")
    appended = Enum.reduce(1..n, "", fn i, acc -> acc <> "w" <> Integer.to_string(i) <> " " end)
    parts = String.split(joined, ",")
    words = String.split(appended)
    lengths = Enum.reduce(parts, 0, fn p, acc -> acc + String.length(p) end)
    upcased = appended |> String.upcase() |> String.length()
    {byte_size(joined), length(parts), length(words), lengths, String.length(appended), upcased}
  end
end

n = String.to_integer(List.first(System.argv()) || "25000")
# Warm-up: loads the modules the work uses on both sides, so the timing leaves out code loading.
Bench.String.run(10)
{us, result} = :timer.tc(fn -> Bench.String.run(n) end)
IO.puts("result: #{inspect(result)}")
IO.puts("us: #{us}")
