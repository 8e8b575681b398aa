spawn_link(fn ->
  "12x" |> String.trim() |> String.to_integer() |> IO.inspect()
end)

Process.sleep(200)
