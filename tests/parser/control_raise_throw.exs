raise "message"
raise ArgumentError
raise ArgumentError, "msg"
raise ArgumentError, message: "msg"
raise(RuntimeError, "x")
reraise e, __STACKTRACE__
throw :value
throw({:a, 1})
exit(:normal)
exit {:shutdown, :reason}
defexception message: "default"
defexception [:message, :code]
