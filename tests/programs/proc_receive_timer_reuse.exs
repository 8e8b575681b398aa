# Receive timeouts after waits whose timers were left behind: a later, longer
# wait still times out no earlier than asked, and a shorter one is not held
# back by a longer timer still pending.
defmodule T do
  def run(who) do
    parent = self()
    spawn(fn -> send(parent, :x) end)

    receive do
      :x -> :ok
    after
      100 -> IO.puts("wrong")
    end

    wait_nothing(who, 300)
    send(self(), :y)

    receive do
      :y -> :ok
    after
      5000 -> :late
    end

    wait_nothing(who, 50)
  end

  # A wait for a message that never comes: it times out, and not early.
  defp wait_nothing(who, ms) do
    t0 = System.monotonic_time(:millisecond)

    r =
      receive do
        :never -> :no
      after
        ms -> :timeout
      end

    IO.inspect({who, r, System.monotonic_time(:millisecond) - t0 >= ms})
  end
end

T.run(:main)
parent = self()
spawn(fn -> T.run(:spawned); send(parent, :done) end)

receive do
  :done -> IO.puts("done")
end
