# Removing a folder that still holds files: `:eexist`, which File.Error words specially.
dir = Path.join(System.tmp_dir!(), "vial_file_rmdir_not_empty_#{System.pid()}")
File.mkdir_p!(Path.join(dir, "inner"))
IO.inspect(File.rmdir(dir))

try do
  File.rmdir!(dir)
rescue
  e in File.Error -> IO.puts(e |> Exception.message() |> String.replace(dir, "DIR"))
end

IO.inspect(File.rmdir(Path.join(dir, "inner")))
IO.inspect(File.rmdir(dir))
