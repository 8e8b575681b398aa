Enum.map(list, fn x -> x * 2 end)
Enum.reduce(list, 0, fn x, acc -> x + acc end)
Enum.each list, fn x -> IO.puts(x) end
spawn(fn -> loop() end)
Task.async(fn -> work() end) |> Task.await()
Enum.map(list, fn
  {k, v} -> {v, k}
end)
apply(fn x -> x end, [1])
foo(fn -> :a end, fn -> :b end)
