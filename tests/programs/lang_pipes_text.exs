defmodule Text do
  def words(s), do: String.split(s)
  def capitalize_all(words), do: Enum.map(words, &String.capitalize/1)
  def join(words, sep \\ " "), do: Enum.join(words, sep)

  def title(s) do
    s
    |> String.trim()
    |> words
    |> capitalize_all()
    |> join()
  end

  def slug(s) do
    s
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9\s-]/, "")
    |> String.split()
    |> Enum.join("-")
  end

  def acronym(s), do: s |> words() |> Enum.map(&String.first/1) |> Enum.join() |> String.upcase()

  def wrap(text, width) do
    text
    |> String.split()
    |> Enum.reduce([""], fn word, [line | rest] ->
      cond do
        line == "" -> [word | rest]
        String.length(line) + 1 + String.length(word) <= width -> [line <> " " <> word | rest]
        true -> [word, line | rest]
      end
    end)
    |> Enum.reverse()
  end

  def histogram(s) do
    s
    |> String.graphemes()
    |> Enum.reject(&(&1 == " "))
    |> Enum.frequencies()
    |> Enum.sort_by(&elem(&1, 1), :desc)
    |> Enum.take(3)
  end
end

IO.puts(Text.title("  the quick brown fox "))
IO.puts(Text.slug("Hello, World! It's Elixir 1.14"))
IO.puts(Text.acronym("portable network graphics"))
Text.wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 20) |> Enum.each(&IO.puts/1)
IO.inspect(Text.histogram("hello world"))
"abc" |> String.upcase() |> IO.puts()
[1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum() |> IO.inspect()
1..10 |> Stream.filter(&(rem(&1, 2) == 0)) |> Stream.map(&(&1 * &1)) |> Enum.to_list() |> IO.inspect()
%{a: 1} |> Map.put(:b, 2) |> Map.to_list() |> IO.inspect()
"x" |> then(&(&1 <> &1)) |> IO.inspect()
:ok |> tap(&IO.inspect(&1, label: "tap")) |> IO.inspect()
{:ok, 5} |> elem(1) |> Kernel.+(1) |> IO.inspect()
[3, 1, 2] |> Enum.sort() |> List.last() |> IO.inspect()
"a,b,,c" |> String.split(",") |> Enum.reject(&(&1 == "")) |> length() |> IO.inspect()
IO.iodata_to_binary(["a", ?b, ["c", [?d]]]) |> IO.inspect()
IO.puts(["iolist ", "works", ?!])
IO.inspect(IO.iodata_length(["ab", ?c]))
IO.puts(:io_lib.format("~5.2f|~-6s|~3..0B", [3.14159, "ab", 7]))
IO.write("no newline")
IO.write("\n")
IO.inspect("done", label: nil)
