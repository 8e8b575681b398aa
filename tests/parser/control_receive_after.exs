receive do
  msg -> msg
after
  1000 -> :timeout
end
receive do
after
  0 -> :empty
end
receive do
  {:result, r} -> r
after
  timeout ->
    IO.puts("timed out")
    nil
end
receive do
  x -> x
after :infinity -> nil
end
