# The `!` functions of File raise File.Error, File.CopyError, File.RenameError
# and File.LinkError with Elixir's messages; the plain ones return POSIX reasons.
dir = Path.join(System.tmp_dir!(), "vial_file_bang_errors_#{System.pid()}")
File.rm_rf!(dir)
File.mkdir_p!(dir)
file = Path.join(dir, "file.txt")
File.write!(file, "contents")
missing = Path.join([dir, "nope", "x"])
other = Path.join(dir, "other")

attempts = [
  fn -> File.read!(missing) end,
  fn -> File.read!(dir) end,
  fn -> File.write!(missing, "x") end,
  fn -> File.write!(dir, "x") end,
  fn -> File.mkdir!(missing) end,
  fn -> File.mkdir!(dir) end,
  fn -> File.mkdir_p!(Path.join(file, "sub")) end,
  fn -> File.rm!(missing) end,
  fn -> File.rm!(dir) end,
  fn -> File.rmdir!(missing) end,
  fn -> File.rmdir!(file) end,
  fn -> File.ls!(missing) end,
  fn -> File.ls!(file) end,
  fn -> File.cp!(missing, other) end,
  fn -> File.cp!(dir, other) end,
  fn -> File.cp_r!(missing, other) end,
  fn -> File.rename!(missing, other) end,
  fn -> File.touch!(missing) end,
  fn -> File.stat!(missing) end,
  fn -> File.lstat!(missing) end,
  fn -> File.open!(missing) end,
  fn -> File.cd!(missing) end,
  fn -> File.chmod!(missing, 0o644) end,
  fn -> File.ln_s!(file, file) end,
  fn -> File.read_link!(file) end
]

for attempt <- attempts do
  try do
    IO.inspect(attempt.(), label: "no error")
  rescue
    e ->
      IO.puts("#{inspect(e.__struct__)} #{inspect(e.reason)}")
      IO.puts(e |> Exception.message() |> String.replace(dir, "DIR"))
  end
end

IO.inspect(File.read(dir))
IO.inspect(File.write(dir, "x"))
IO.inspect(File.mkdir(dir))
IO.inspect(File.mkdir_p(Path.join(file, "sub")))
IO.inspect(File.rm(dir))
IO.inspect(File.rmdir(file))
IO.inspect(File.ls(file))
IO.inspect(File.cp(dir, other))
IO.inspect(File.rename(missing, other))
IO.inspect(File.cd(missing))
IO.inspect(File.rm_rf(missing))
{:error, reason, path} = File.cp_r(missing, other)
IO.inspect({reason, String.replace(path, dir, "DIR")})
IO.inspect(for r <- [:enoent, :eacces, :eisdir, :enotdir, :eexist, :eperm, :exdev, :ebadf, :whatever], do: :file.format_error(r))
File.rm_rf!(dir)
IO.inspect(File.exists?(dir))
