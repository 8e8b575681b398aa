defmodule Temperature do
  def describe(celsius) do
    celsius
    |> to_fahrenheit()
    |> round()
    |> format
  end

  defp to_fahrenheit(c), do: c * 9 / 5 + 32
  defp format(f), do: "#{f} degrees"
end

-5 |> abs() |> Integer.to_string() |> IO.puts()
Temperature.describe(21.5)
