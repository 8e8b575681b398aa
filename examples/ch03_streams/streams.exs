# Section 3.4.5: streams are lazy enumerables, composed first and run at the end.
employees = ["Alice", "Bob", "John"]

employees
|> Stream.with_index(1)
|> Enum.each(fn {name, i} -> IO.puts("#{i}. #{name}") end)

square_roots =
  [9, -1, "x", 16]
  |> Stream.filter(&(is_number(&1) and &1 > 0))
  |> Stream.map(&:math.sqrt/1)
  |> Stream.with_index()
  |> Enum.to_list()

IO.inspect(square_roots)

# An infinite stream is fine as long as we take only part of it.
IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Enum.take(6))
IO.inspect(1..10_000_000 |> Stream.map(&(&1 * 2)) |> Enum.take(3))

# Lines of a file, read lazily.
path = Path.join(System.tmp_dir!(), "vial_example_ch03_streams.txt")
File.write!(path, "short\na much longer line here\nmid length\n")

path
|> File.stream!()
|> Stream.map(&String.trim_trailing(&1, "\n"))
|> Enum.filter(&(String.length(&1) > 6))
|> IO.inspect()

File.rm!(path)
