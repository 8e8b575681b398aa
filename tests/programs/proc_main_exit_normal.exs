# exit(:normal) in the script's own process ends the script quietly with status 0.
IO.puts("before")
exit(:normal)
IO.puts("never printed")
