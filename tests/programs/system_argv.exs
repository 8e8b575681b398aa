# args: alpha beta gamma
# System.argv/0 holds the arguments after the script name.
args = System.argv()
IO.inspect(args)
IO.puts("#{length(args)} arguments")
Enum.with_index(args, 1) |> Enum.each(fn {a, i} -> IO.puts("#{i}: #{a}") end)
IO.puts(args |> Enum.map(&String.upcase/1) |> Enum.join("-"))
