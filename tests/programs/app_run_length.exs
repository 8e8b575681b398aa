# Run-length encoding of strings and binaries, both ways.
defmodule RLE do
  def encode(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> "#{length(run)}#{c}" end)
  end

  def decode(s) do
    Regex.scan(~r/(\d+)(\D)/u, s, capture: :all_but_first)
    |> Enum.map_join(fn [n, c] -> String.duplicate(c, String.to_integer(n)) end)
  end

  def encode_bytes(<<>>), do: <<>>
  def encode_bytes(<<b, rest::binary>>), do: run(rest, b, 1, <<>>)

  defp run(<<b, rest::binary>>, b, n, acc) when n < 255, do: run(rest, b, n + 1, acc)
  defp run(<<c, rest::binary>>, b, n, acc), do: run(rest, c, 1, <<acc::binary, n, b>>)
  defp run(<<>>, b, n, acc), do: <<acc::binary, n, b>>
end

for s <- ["aaabccdddd", "abc", "", "ééé€€x"] do
  e = RLE.encode(s)
  IO.puts("#{inspect(s)} -> #{inspect(e)} -> #{inspect(RLE.decode(e))}")
end

IO.inspect(RLE.encode_bytes(<<0, 0, 0, 7, 7, 1>>))
IO.inspect(RLE.encode_bytes(:binary.copy(<<9>>, 300)))
