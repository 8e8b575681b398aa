spawn_link(fn -> exit({:shutdown, :done}) end)
Process.sleep(200)
IO.puts("not reached")
