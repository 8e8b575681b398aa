# File functions return error tuples; bang versions raise File.Error.
dir = Path.join(System.tmp_dir!(), "vial_golden_file_errors")
File.rm_rf!(dir)
missing = Path.join(dir, "nothing.txt")
IO.inspect(File.read(missing))
IO.inspect(File.write(Path.join([dir, "sub", "x.txt"]), "data"))
IO.inspect(File.ls(dir))

try do
  File.read!(missing)
rescue
  e in File.Error -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
end

try do
  File.ls!(dir)
rescue
  e in File.Error -> IO.inspect({e.reason, e.action})
end

File.mkdir_p!(dir)
IO.inspect(File.rm(dir))
IO.inspect(File.rmdir(dir))
IO.inspect(File.rmdir(dir))
case File.read(missing) do
  {:ok, body} -> IO.puts(body)
  {:error, reason} -> IO.puts("could not read: #{:file.format_error(reason)}")
end
