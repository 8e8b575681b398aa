result =
  [1, 2, 3]
  |> Enum.map(fn x -> x * 2 end)
  |> Enum.filter(&(&1 > 2))
  |> Enum.sum()

"text" |>
  String.upcase() |>
  String.reverse()

data
|> transform()

|> finish()
