spawn_link(fn -> raise "oops" end)
Process.sleep(100)
IO.puts("not reached")
