# A linked process that dies abnormally takes the script's process with it.
IO.puts("linking")
spawn_link(fn -> exit(:linked_failure) end)

receive do
  :never -> :ok
end
