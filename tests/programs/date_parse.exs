# Parsing ISO 8601 dates and the errors for bad ones.
for text <- ["2022-07-04", "2022-7-4", "20220704", "2023-02-29", "-0044-03-15", "+2024-01-31", "2024-13-01", "abcd-ef-gh", "2024-01-31 "] do
  case Date.from_iso8601(text) do
    {:ok, date} -> IO.puts("#{inspect(text)} -> #{date}")
    {:error, reason} -> IO.puts("#{inspect(text)} -> error #{inspect(reason)}")
  end
end
IO.puts(Date.from_iso8601!("1999-12-31"))
try do
  Date.from_iso8601!("1999-12-32")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Date.from_iso8601!("nope")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Date.new!(2023, 2, 29)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
d = ~D[2024-01-31]
IO.puts("sigil: #{d}")
IO.puts(Date.to_string(~D[0001-01-01]))
IO.puts(to_string(~D[2000-02-29]))
IO.inspect(~D[2024-01-31] == Date.new!(2024, 1, 31))
IO.inspect(Map.keys(d) |> Enum.sort())
