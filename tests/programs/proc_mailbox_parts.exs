# The mailbox as others see it while its owner runs, and the order of
# messages that were passed over, taken later, or flushed.
defmodule Spin do
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, rem(acc * 31 + n, 1_000_003))
end

defmodule Sections do
  def flush_down do
    {pid, ref} = spawn_monitor(fn -> :ok end)
    wait_for_down(ref)
    send(self(), :after_down)

    receive do
      :after_down -> :ok
    end

    {:messages, msgs} = Process.info(self(), :messages)
    IO.inspect(for {:DOWN, r, :process, p, why} <- msgs, do: {r == ref, p == pid, why})
    IO.inspect(Process.demonitor(ref, [:flush]))
    IO.inspect(Process.info(self(), :messages))
    IO.inspect(is_pid(pid))
  end

  # Waits until the :DOWN of `ref` is in the mailbox, leaving it there.
  defp wait_for_down(ref) do
    {:messages, msgs} = Process.info(self(), :messages)

    unless Enum.any?(msgs, &match?({:DOWN, ^ref, _, _, _}, &1)) do
      wait_for_down(ref)
    end
  end

  def trapped_exit do
    Process.flag(:trap_exit, true)
    send(self(), :first)
    linked =
      spawn_link(fn ->
        receive do
          :go -> exit(:boom)
        end
      end)

    down_ref = Process.monitor(linked)
    send(linked, :go)

    receive do
      {:DOWN, ^down_ref, :process, ^linked, reason} -> IO.inspect({:down, reason})
    end

    {:messages, msgs} = Process.info(self(), :messages)

    IO.inspect(
      Enum.map(msgs, fn
        {:EXIT, p, r} -> {:EXIT, p == linked, r}
        m -> m
      end)
    )
  end
end

parent = self()

busy =
  spawn(fn ->
    receive do
      :go -> :ok
    end

    send(parent, :started)
    Spin.loop(3_000_000, 1)

    receive do
      :done -> send(parent, {:left, Process.info(self(), :messages)})
    end
  end)

send(busy, :a)
send(busy, {:b, 2})
send(busy, "c")
send(busy, :go)

receive do
  :started -> :ok
end

# Asked while it runs: the messages it passed over are still its own.
IO.inspect(Process.info(busy, :message_queue_len))
IO.inspect(Process.info(busy, :messages))
send(busy, :done)

receive do
  {:left, info} -> IO.inspect(info)
end

# A selective receive leaves what it skipped in order, ahead of what comes later.
for x <- [1, 2, 3, 4, 5], do: send(self(), {:n, x})

receive do
  {:n, 3} -> IO.puts("took 3")
end

send(self(), {:n, 6})
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Process.info(self(), :messages))

taken =
  for _ <- 1..5 do
    receive do
      {:n, x} -> x
    end
  end

IO.inspect(taken)

# demonitor with :flush drops a :DOWN already received, wherever it waits.
Sections.flush_down()

# A trapped exit joins the mailbox in arrival order.
Sections.trapped_exit()

# A receive that times out leaves the messages it did not want.
send(self(), :unwanted)

r =
  receive do
    :wanted -> :wanted
  after
    10 -> :timed_out
  end

IO.inspect(r)
IO.inspect(Process.info(self(), :message_queue_len))
