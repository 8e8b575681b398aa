p = Path.join(System.tmp_dir!(), "book_fc_#{System.pid()}.txt")
for c <- ["", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n\n"] do
  File.write!(p, c)
  IO.inspect({c, Enum.count(File.stream!(p)), Enum.count(File.stream!(p, [], 2)), Enum.count(File.stream!(p, [], :line))})
end
IO.inspect Enum.member?(File.stream!(p), "\n")
File.rm!(p)
try do Enum.count(File.stream!(p)) rescue e -> IO.puts(String.replace(Exception.message(e), p, "PATH")) end
try do Enum.count(File.stream!(p, [], 4)) rescue e -> IO.puts(String.replace(Exception.message(e), p, "PATH")) end
try do Enum.to_list(File.stream!(p, [], 4)) rescue e -> IO.puts(String.replace(Exception.message(e), p, "PATH")) end
