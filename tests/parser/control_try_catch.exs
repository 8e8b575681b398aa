try do
  throw(:x)
catch
  :x -> :caught
end
try do
  exit(:bye)
catch
  :exit, reason -> reason
  :throw, value -> value
  kind, value when kind in [:error] -> value
  _, _ -> :any
end
try do
  :ok
catch
  x -> x
after
  cleanup()
end
