# Section 4.2.5: reading records from a CSV file with a stream pipeline.
defmodule Expenses.Importer do
  def import(path) do
    path
    |> File.stream!()
    |> Stream.map(&String.trim_trailing(&1, "\n"))
    |> Stream.reject(&(&1 == ""))
    |> Stream.map(&String.split(&1, ","))
    |> Stream.map(&to_entry/1)
    |> Enum.to_list()
  end

  defp to_entry([date, category, amount]) do
    %{
      date: Date.from_iso8601!(date),
      category: String.to_atom(category),
      amount: String.to_integer(amount)
    }
  end
end

dir = Path.join(System.tmp_dir!(), "vial_example_ch04_csv_import")
File.mkdir_p!(dir)
path = Path.join(dir, "expenses.csv")

File.write!(path, """
2024-03-01,food,12
2024-03-01,travel,40
2024-03-02,food,8

2024-03-03,books,25
""")

entries = Expenses.Importer.import(path)
IO.inspect(entries)

entries
|> Enum.group_by(& &1.category, & &1.amount)
|> Enum.map(fn {cat, amounts} -> {cat, Enum.sum(amounts)} end)
|> Enum.sort()
|> Enum.each(fn {cat, total} -> IO.puts("#{cat}: #{total}") end)

File.rm_rf!(dir)
