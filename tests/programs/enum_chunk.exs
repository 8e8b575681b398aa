# chunk_every, chunk_while and windows over lists.
IO.inspect(Enum.chunk_every(1..10, 3))
IO.inspect(Enum.chunk_every(1..10, 3, 3, :discard))
IO.inspect(Enum.chunk_every(1..10, 3, 3, [:pad, :pad]))
IO.inspect(Enum.chunk_every(1..6, 2, 1))
IO.inspect(Enum.chunk_every(1..6, 3, 2, :discard))
IO.inspect(Enum.chunk_every([], 2))
IO.inspect(Enum.chunk_while(1..10, [], fn x, acc ->
  if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
end, fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end))
IO.inspect(Enum.chunk_every("hello world" |> String.graphemes(), 4) |> Enum.map(&Enum.join/1))
