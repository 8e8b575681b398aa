# exit({:shutdown, n}) with an integer uses it as the exit status; exit(:normal) would be 0.
IO.puts("stopping with status 5")
exit({:shutdown, 5})
