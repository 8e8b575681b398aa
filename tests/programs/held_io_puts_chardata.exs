# IO.puts/IO.write of nil, atoms, numbers and nested chardata; a bad codepoint fails as :io.put_chars does.
IO.puts nil
x = nil
IO.puts x
IO.write nil
IO.puts "|"
IO.puts "a#{nil}b"
IO.puts [65, 66, "cd", [?e, [?f | "g"]]]
IO.puts 1.5
IO.puts :atom
IO.puts [1000, ?\s, 0x1F600]
IO.write [?a, ?b]
IO.write "\n"
IO.puts(:stdio, "to stdio")
defmodule Printer do
  def print(x) do
    IO.puts(x)
    :printed
  end
end
IO.inspect Printer.print(["ok ", 'list'])
Printer.print([-1])
