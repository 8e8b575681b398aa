# Sending to an unregistered name raises ArgumentError; uncaught, it ends the script.
IO.puts("before")
send(:no_such_process, {:hello, 1})
IO.puts("after")
