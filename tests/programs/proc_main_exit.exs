# exit/1 with an abnormal reason in the script's own process.
spawn(fn -> :ok end)
IO.puts("exiting")
exit({:shutdown_badly, [1, 2]})
