# System.halt(0) in the middle of a loop.
Enum.each(1..10, fn i ->
  IO.puts("step #{i}")
  if i == 3, do: System.halt(0)
end)
IO.puts("never printed")
