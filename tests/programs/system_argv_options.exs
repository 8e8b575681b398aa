# args: --name Joe -v --count 3 rest.txt
# Walking the argument list by hand to read options.
defmodule Opts do
  def parse(args), do: parse(args, %{verbose: false, files: []})

  defp parse([], acc), do: %{acc | files: Enum.reverse(acc.files)}
  defp parse(["--name", name | rest], acc), do: parse(rest, Map.put(acc, :name, name))
  defp parse(["--count", n | rest], acc), do: parse(rest, Map.put(acc, :count, String.to_integer(n)))
  defp parse(["-v" | rest], acc), do: parse(rest, %{acc | verbose: true})
  defp parse([file | rest], acc), do: parse(rest, %{acc | files: [file | acc.files]})
end

IO.inspect(Opts.parse(System.argv()))
IO.inspect(OptionParser.parse(System.argv(), strict: [name: :string, count: :integer], aliases: [v: :verbose]))
