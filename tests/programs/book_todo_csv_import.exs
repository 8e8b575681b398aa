defmodule TodoList do
  defstruct auto_id: 1, entries: %{}

  def new(entries \\ []), do: Enum.reduce(entries, %TodoList{}, &add_entry(&2, &1))

  def add_entry(todo_list, entry) do
    entry = Map.put(entry, :id, todo_list.auto_id)
    new_entries = Map.put(todo_list.entries, todo_list.auto_id, entry)
    %TodoList{todo_list | entries: new_entries, auto_id: todo_list.auto_id + 1}
  end

  def entries(todo_list, date) do
    todo_list.entries
    |> Stream.filter(fn {_, entry} -> entry.date == date end)
    |> Enum.map(fn {_, entry} -> entry end)
  end
end

defmodule TodoList.CsvImporter do
  def import(file_name) do
    file_name
    |> File.stream!()
    |> Stream.map(&String.replace(&1, "\n", ""))
    |> Stream.map(&parse_line/1)
    |> Stream.map(fn {date, title} -> %{date: date, title: title} end)
    |> TodoList.new()
  end

  defp parse_line(line) do
    [date, title] = String.split(line, ",")
    {Date.from_iso8601!(String.replace(date, "/", "-")), title}
  end
end

path = Path.join(System.tmp_dir!(), "book_todos_#{System.pid()}.csv")
File.write!(path, "2018/12/19,Dentist\n2018/12/20,Shopping\n2018/12/19,Movies\n")
todo_list = TodoList.CsvImporter.import(path)
IO.inspect(todo_list)
IO.inspect(TodoList.entries(todo_list, ~D[2018-12-19]))
File.write!(path, "2018/12/19,Dentist\nbroken line\n")
try do
  TodoList.CsvImporter.import(path)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
File.write!(path, "2018/13/19,Dentist\n")
try do
  TodoList.CsvImporter.import(path)
rescue
  e -> IO.puts(Exception.message(e))
end
File.rm!(path)
IO.inspect(File.exists?(path))
try do
  File.stream!(path) |> Enum.to_list()
rescue
  e -> IO.puts(Exception.message(e) |> String.replace(path, "PATH"))
end
IO.inspect(File.read(path))
{:error, reason} = File.read(path)
IO.puts(:file.format_error(reason))
File.mkdir_p!(Path.join(System.tmp_dir!(), "book_dir_x"))
IO.inspect(File.dir?(Path.join(System.tmp_dir!(), "book_dir_x")))
File.rm_rf!(Path.join(System.tmp_dir!(), "book_dir_x"))
IO.inspect(Path.join(["a", "b", "c.txt"]))
IO.inspect(Path.extname("foo/bar.csv"))
IO.inspect(Path.rootname("foo/bar.csv"))
IO.inspect(Path.split("/a/b/c"))
IO.inspect(Path.expand("/a/../b"))
IO.inspect(Path.dirname("/a/b/c.txt"))
File.write!(path, "line1\nline2\nline3")
IO.inspect(File.stream!(path) |> Enum.count())
IO.inspect(File.stream!(path) |> Enum.map(&String.trim/1))
IO.inspect(File.read!(path) |> String.split("\n"))
File.write!(path, "more\n", [:append])
IO.inspect(File.read!(path))
{:ok, file} = File.open(path, [:write])
IO.write(file, "via device\n")
IO.binwrite(file, "bin\n")
File.close(file)
IO.inspect(File.read!(path))
File.open!(path, [:read], fn f -> IO.inspect(IO.read(f, :line)) end) |> IO.inspect()
IO.inspect(File.stat!(path).size)
File.rm(path)
