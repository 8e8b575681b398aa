# IO lists: nested lists of bytes, binaries and sublists written in one go.
iolist = ["Hello", ?,, ' ', ["wor", [?l, "d"]], ?!]
IO.puts(iolist)
IO.inspect(IO.iodata_to_binary(iolist))
IO.inspect(IO.iodata_length(iolist))
IO.inspect(:erlang.iolist_size(iolist))
IO.inspect(:erlang.iolist_to_binary(["a", [98, "c"]]))

build = fn items ->
  Enum.reduce(items, [], fn item, acc -> [acc, item, "\n"] end)
end

out = build.(["one", "two", "three"])
IO.write(out)
IO.inspect(out)
IO.inspect(IO.iodata_to_binary(out))

improper = ["abc" | "def"]
IO.inspect(IO.iodata_to_binary(improper))
IO.puts(["row: ", Enum.map_join(1..3, ", ", &Integer.to_string/1)])
IO.write([[[], []], "", "x\n"])
IO.inspect(IO.chardata_to_string(['héllo', " ", "wörld"]))
csv = Enum.map([[1, 2], [3, 4]], fn row -> [Enum.intersperse(Enum.map(row, &to_string/1), ","), ?\n] end)
IO.write(csv)
IO.inspect(IO.iodata_to_binary(<<1, 2>>))
