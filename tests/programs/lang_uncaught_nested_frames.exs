defmodule Pipeline do
  def run(items), do: items |> Enum.map(&step1/1) |> Enum.sum()
  defp step1(x), do: step2(x) + 1
  defp step2(x) when x > 0, do: 100 / x
  defp step2(x), do: elem({x}, x + 3)
end

IO.inspect(Pipeline.run([1, 2, 4]))
Pipeline.run([1, 0])
