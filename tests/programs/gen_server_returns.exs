# The return shapes of handle_call, handle_cast, handle_info and handle_continue.
defmodule Shapes do
  use GenServer

  @impl true
  def init(parent), do: {:ok, %{parent: parent, log: []}}

  # handle_call
  @impl true
  def handle_call(:reply, _from, s), do: {:reply, :plain, s}
  def handle_call(:reply_timeout, _from, s), do: {:reply, :with_timeout, s, 10}
  def handle_call(:reply_long_timeout, _from, s), do: {:reply, :long_timeout, s, 60_000}
  def handle_call(:reply_hibernate, _from, s), do: {:reply, :hibernated, s, :hibernate}
  def handle_call(:reply_continue, _from, s), do: {:reply, :will_continue, s, {:continue, :after_call}}

  def handle_call(:noreply_later, from, s) do
    send(self(), {:reply_to, from})
    {:noreply, s}
  end

  def handle_call(:reply_now, from, s) do
    GenServer.reply(from, :replied_early)
    {:noreply, note(s, :after_early_reply)}
  end

  def handle_call(:noreply_timeout, from, s), do: {:noreply, Map.put(s, :waiting, from), 10}
  def handle_call(:stop_with_reply, _from, s), do: {:stop, :normal, :last_words, s}
  def handle_call(:stop_no_reply, _from, s), do: {:stop, :normal, s}
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), %{s | log: []}}

  # handle_cast
  @impl true
  def handle_cast({:note, x}, s), do: {:noreply, note(s, x)}
  def handle_cast(:cast_timeout, s), do: {:noreply, note(s, :cast_timeout_set), 10}
  def handle_cast(:cast_long_timeout, s), do: {:noreply, note(s, :long_timeout_set), 60_000}
  def handle_cast(:cast_continue, s), do: {:noreply, s, {:continue, :after_cast}}
  def handle_cast(:cast_hibernate, s), do: {:noreply, note(s, :hibernate), :hibernate}
  def handle_cast(:chain, s), do: {:noreply, note(s, :chain_0), {:continue, :chain}}
  def handle_cast({:cast_stop, reason}, s), do: {:stop, reason, s}

  # handle_info
  @impl true
  def handle_info({:reply_to, from}, s) do
    GenServer.reply(from, :replied_from_info)
    {:noreply, s}
  end

  def handle_info(:timeout, %{waiting: from} = s) do
    GenServer.reply(from, :replied_on_timeout)
    {:noreply, s |> Map.delete(:waiting) |> note(:timeout_replied)}
  end

  def handle_info(:timeout, s) do
    send(s.parent, :server_timed_out)
    {:noreply, note(s, :timeout)}
  end

  def handle_info(:info_continue, s), do: {:noreply, s, {:continue, :after_info}}
  def handle_info(:info_timeout, s), do: {:noreply, note(s, :info_timeout_set), 10}
  def handle_info({:info_stop, reason}, s), do: {:stop, reason, s}
  def handle_info(other, s), do: {:noreply, note(s, {:info, other})}

  # handle_continue
  @impl true
  def handle_continue(:chain, s), do: {:noreply, note(s, :chain_1), {:continue, :chain_2}}
  def handle_continue(:chain_2, s), do: {:noreply, note(s, :chain_2), {:continue, :with_timeout}}
  def handle_continue(:with_timeout, s), do: {:noreply, note(s, :continue_timeout_set), 10}
  def handle_continue(:stop, s), do: {:stop, :normal, s}
  def handle_continue(step, s), do: {:noreply, note(s, {:continued, step})}

  @impl true
  def terminate(reason, s) do
    send(s.parent, {:terminated, reason})
  end

  defp note(s, x), do: %{s | log: [x | s.log]}
end

defmodule Wait do
  def timed_out do
    receive do
      :server_timed_out -> :ok
    end
  end

  def terminated do
    receive do
      {:terminated, reason} -> reason
    end
  end

  def down(pid) do
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

{:ok, pid} = GenServer.start(Shapes, self())
IO.inspect(GenServer.call(pid, :reply))
IO.inspect(GenServer.call(pid, :reply_timeout))
Wait.timed_out()
IO.inspect(GenServer.call(pid, :log), label: "reply with timeout")
IO.inspect(GenServer.call(pid, :reply_long_timeout))
IO.inspect(GenServer.call(pid, :log), label: "a call cancels the timeout")
IO.inspect(GenServer.call(pid, :reply_hibernate))
IO.inspect(GenServer.call(pid, :reply_continue))
IO.inspect(GenServer.call(pid, :noreply_later))
IO.inspect(GenServer.call(pid, :reply_now))
IO.inspect(GenServer.call(pid, :noreply_timeout))
IO.inspect(GenServer.call(pid, :log), label: "calls")

GenServer.cast(pid, {:note, :first_cast})
GenServer.cast(pid, :cast_long_timeout)
GenServer.cast(pid, {:note, :second_cast})
IO.inspect(GenServer.call(pid, :log), label: "a cast cancels the timeout")

GenServer.cast(pid, :cast_timeout)
Wait.timed_out()
GenServer.cast(pid, :cast_continue)
GenServer.cast(pid, :cast_hibernate)
IO.inspect(GenServer.call(pid, :log), label: "casts")

send(pid, :info_continue)
send(pid, :some_message)
send(pid, {:some, :tuple})
send(pid, :info_timeout)
Wait.timed_out()
IO.inspect(GenServer.call(pid, :log), label: "infos")

GenServer.cast(pid, :chain)
Wait.timed_out()
IO.inspect(GenServer.call(pid, :log), label: "continue chain")

# stop from handle_call with and without a reply
IO.inspect(GenServer.call(pid, :stop_with_reply), label: "stop with reply")
IO.inspect(Wait.terminated(), label: "terminate")

{:ok, pid} = GenServer.start(Shapes, self())

try do
  GenServer.call(pid, :stop_no_reply)
catch
  :exit, {reason, {GenServer, :call, [_, msg, timeout]}} ->
    IO.inspect({reason, msg, timeout}, label: "stop without reply")
end

IO.inspect(Wait.terminated(), label: "terminate")

# stop from handle_cast and handle_info with various reasons
{:ok, pid} = GenServer.start(Shapes, self())
GenServer.cast(pid, {:cast_stop, :shutdown})
IO.inspect(Wait.terminated(), label: "cast stop")

{:ok, pid} = GenServer.start(Shapes, self())
send(pid, {:info_stop, {:shutdown, :done}})
IO.inspect(Wait.terminated(), label: "info stop")

{:ok, pid} = GenServer.start(Shapes, self())
GenServer.cast(pid, {:note, :x})
send(pid, :info_continue)
GenServer.cast(pid, :cast_continue)
IO.inspect(GenServer.call(pid, :log), label: "continue runs before the next message")
GenServer.stop(pid)
IO.inspect(Wait.terminated(), label: "GenServer.stop")
