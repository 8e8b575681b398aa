# The script's own process raises after spawning others: the error is printed and the status is 1.
parent = self()

worker =
  spawn(fn ->
    receive do
      {:work, n} -> send(parent, {:result, n * 2})
    end
  end)

send(worker, {:work, 21})

receive do
  {:result, r} -> IO.puts("result #{r}")
end

IO.puts("about to fail")
raise RuntimeError, "the main process failed"
