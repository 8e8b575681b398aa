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

    t0 = System.monotonic_time(:millisecond)

    r =
      receive do
        :never -> :no
      after
        300 -> :timeout
      end

    IO.inspect({who, r, System.monotonic_time(:millisecond) - t0 >= 300})
    send(self(), :y)

    receive do
      :y -> :ok
    after
      5000 -> :late
    end

    t0 = System.monotonic_time(:millisecond)

    r =
      receive do
        :never -> :no
      after
        50 -> :timeout
      end

    IO.inspect({who, r, System.monotonic_time(:millisecond) - t0 >= 50})
  end
end

T.run(:main)
parent = self()
spawn(fn -> T.run(:spawned); send(parent, :done) end)

receive do
  :done -> IO.puts("done")
end
