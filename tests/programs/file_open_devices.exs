# Open files as devices: IO.binwrite/IO.read/IO.binread on them, File.open/3
# with a function, and File.stream! by lines, by byte chunks and as a collectable.
dir = Path.join(System.tmp_dir!(), "vial_file_open_devices_#{System.pid()}")
File.rm_rf!(dir)
File.mkdir_p!(dir)
path = Path.join(dir, "lines.txt")

{:ok, out} = File.open(path, [:write])
IO.inspect(IO.binwrite(out, "line 1\n"))
IO.inspect(IO.binwrite(out, ["line", ?\s, "2\n", "línea 3\n"]))
IO.inspect(File.close(out))
IO.inspect(File.read!(path))

{:ok, dev} = File.open(path, [:read])
IO.inspect(IO.read(dev, :line))
IO.inspect(IO.binread(dev, 3))
IO.inspect(IO.read(dev, :line))
IO.inspect(IO.read(dev, :eof))
IO.inspect(IO.read(dev, :eof))
IO.inspect(IO.read(dev, :line))
IO.inspect(IO.gets(dev, ""))
IO.inspect(File.close(dev))

IO.inspect(File.open(path, [:read], fn d -> IO.read(d, :eof) end))
IO.inspect(File.open(path, [:read, :utf8], fn d -> IO.read(d, 4) end))
IO.inspect(File.open!(path, fn d -> IO.binread(d, :line) end))
IO.inspect(File.open(Path.join(dir, "missing.txt")))
IO.inspect(File.open(path, [:append], fn d -> IO.binwrite(d, "appended\n") end))
IO.inspect(File.read!(path) |> String.split("\n"))

IO.inspect(File.stream!(path) |> Enum.to_list())
IO.inspect(File.stream!(path) |> Enum.take(2))
IO.inspect(File.stream!(path) |> Stream.map(&String.trim/1) |> Enum.join("|"))
IO.inspect(File.stream!(path, [], 8) |> Enum.to_list())
IO.inspect(File.stream!(path, [], 8) |> Enum.count())
stream = File.stream!(path)
IO.inspect({stream.path == path, stream.line_or_bytes, stream.modes, stream.raw})
IO.inspect(File.stream!(path, [:utf8], :line) |> Map.take([:modes, :raw]))

File.write!(path, "no newline at the end")
IO.inspect(File.stream!(path) |> Enum.to_list())
File.write!(path, "")
IO.inspect(File.stream!(path) |> Enum.to_list())

target = Path.join(dir, "written.txt")
result = Enum.into(["a", "b", "c\n"], File.stream!(target))
IO.inspect(result.path == target)
IO.inspect(File.read!(target))
Enum.into(["more\n"], File.stream!(target, [:append]))
IO.inspect(File.read!(target))
1..3 |> Stream.map(&"#{&1}\n") |> Stream.into(File.stream!(target)) |> Stream.run()
IO.inspect(File.read!(target))

try do
  File.stream!(Path.join(dir, "absent.txt")) |> Enum.to_list()
rescue
  e in File.Error -> IO.puts(e |> Exception.message() |> String.replace(dir, "DIR"))
end

File.rm_rf!(dir)
