# Without arguments System.argv/0 is empty.
case System.argv() do
  [] -> IO.puts("no arguments given")
  args -> IO.puts("got #{inspect(args)}")
end
IO.inspect(System.argv())
