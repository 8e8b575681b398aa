# Section 2.4.12: IO lists build output without copying strings together.
greeting = ["Hello", [?,, " "], ["world", ?!]]
IO.puts(greeting)
IO.inspect(IO.iodata_to_binary(greeting))

# Appending to an IO list is cheap: wrap the old list in a new one.
out = []
out = [out, "first line\n"]
out = [out, "second line\n"]
out = [out, ["third", " line\n"]]
IO.write(out)
IO.inspect(out)
IO.inspect(IO.iodata_length(out))
