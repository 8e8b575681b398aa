defmodule :sys do
  @moduledoc """
  Erlang's `sys`: the system messages a generic server answers besides its
  callbacks. A request goes as `{:system, {caller, ref}, request}`, the reply
  comes back as `{ref, reply}`; a process that is gone or silent makes the
  caller exit with `{reason, {:sys, function, args}}`, as OTP does.
  """

  def get_state(name), do: system_call(name, :get_state, :get_state, [name], 5000)

  def get_state(name, timeout),
    do: system_call(name, :get_state, :get_state, [name, timeout], timeout)

  def replace_state(name, fun),
    do: system_call(name, {:replace_state, fun}, :replace_state, [name, fun], 5000)

  def replace_state(name, fun, timeout),
    do: system_call(name, {:replace_state, fun}, :replace_state, [name, fun, timeout], timeout)

  def suspend(name), do: system_call(name, :suspend, :suspend, [name], 5000)
  def suspend(name, timeout), do: system_call(name, :suspend, :suspend, [name, timeout], timeout)
  def resume(name), do: system_call(name, :resume, :resume, [name], 5000)
  def resume(name, timeout), do: system_call(name, :resume, :resume, [name, timeout], timeout)

  defp system_call(name, request, function, args, timeout) do
    pid = GenServer.whereis(name)

    if not is_pid(pid) do
      exit({:noproc, {:sys, function, args}})
    end

    ref = Process.monitor(pid)
    send(pid, {:system, {self(), ref}, request})

    receive do
      {^ref, {:error, reason}} when function in [:get_state, :replace_state] ->
        Process.demonitor(ref, [:flush])
        :erlang.error(reason)

      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {:sys, function, args}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {:sys, function, args}})
    end
  end
end
