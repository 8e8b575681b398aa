# exit({:shutdown, reason}) at the top level ends the script quietly with status 0.
IO.puts("shutting down")
exit({:shutdown, :maintenance})
IO.puts("never printed")
