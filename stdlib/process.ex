defmodule Process do
  @moduledoc """
  Functions on processes: the process dictionary, registered names, links,
  monitors, exit signals, flags, timers and `info/1,2`. Thin wrappers over the
  `:erlang` built-ins of the runtime, turning `:undefined` into `nil` where
  Elixir does.
  """

  ## The process dictionary

  @doc "Stores `value` under `key`; returns the previous value or `nil`."
  @spec put(term, term) :: term | nil
  def put(key, value), do: nilify(:erlang.put(key, value))

  @doc "Returns the value stored under `key`, or `default`."
  @spec get(term, default :: term) :: term
  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  @doc "Returns every `{key, value}` in the dictionary."
  @spec get() :: [{term, term}]
  def get, do: :erlang.get()

  @doc "Returns every key in the dictionary."
  @spec get_keys() :: [term]
  def get_keys, do: :erlang.get_keys()

  @doc "Returns the keys whose value is `value`."
  @spec get_keys(term) :: [term]
  def get_keys(value), do: :erlang.get_keys(value)

  @doc "Removes `key`; returns its value or `nil`."
  @spec delete(term) :: term | nil
  def delete(key), do: nilify(:erlang.erase(key))

  ## Life and death

  @doc "Whether the local process `pid` is alive."
  @spec alive?(pid) :: boolean
  def alive?(pid), do: :erlang.is_process_alive(pid)

  @doc "The group leader of the calling process."
  def group_leader, do: :erlang.group_leader()

  @doc "Makes `leader` the group leader of `pid`."
  def group_leader(pid, leader), do: :erlang.group_leader(leader, pid)

  @doc "Sends an exit signal with `reason` to `pid`."
  @spec exit(pid, term) :: true
  def exit(pid, reason), do: :erlang.exit(pid, reason)

  @doc "Suspends the current process for `timeout` milliseconds (or forever)."
  @spec sleep(timeout) :: :ok
  def sleep(timeout)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    receive do
    after
      timeout -> :ok
    end
  end

  @doc "Spawns `fun` with spawn options (`:link`, `:monitor`)."
  @spec spawn((-> any), list) :: pid | {pid, reference}
  def spawn(fun, opts), do: spawn_with(fn -> fun.() end, opts)

  @doc "Spawns `apply(mod, fun, args)` with spawn options (`:link`, `:monitor`)."
  @spec spawn(module, atom, list, list) :: pid | {pid, reference}
  def spawn(mod, fun, args, opts), do: spawn_with(fn -> apply(mod, fun, args) end, opts)

  defp spawn_with(fun, opts) do
    link = :lists.member(:link, opts)
    monitor = :lists.member(:monitor, opts)

    cond do
      link and monitor ->
        pid = :erlang.spawn_link(fun)
        {pid, :erlang.monitor(:process, pid)}

      monitor ->
        :erlang.spawn_monitor(fun)

      link ->
        :erlang.spawn_link(fun)

      true ->
        :erlang.spawn(fun)
    end
  end

  @doc "Hibernation is not modelled: calls `apply(mod, fun, args)` and ends the process."
  @spec hibernate(module, atom, list) :: no_return
  def hibernate(mod, fun_name, args) do
    apply(mod, fun_name, args)
    exit(:normal)
  end

  ## Messages and timers

  @doc "Sends `msg` to `dest`, as `:erlang.send/3`."
  @spec send(pid | atom | {atom, node}, term, list) :: :ok | :noconnect | :nosuspend
  def send(dest, msg, options), do: :erlang.send(dest, msg, options)

  @doc "Sends `msg` to `dest` after `time` milliseconds; returns the timer reference."
  @spec send_after(pid | atom, term, non_neg_integer, list) :: reference
  def send_after(dest, msg, time, opts \\ [])
  def send_after(dest, msg, time, []), do: :erlang.send_after(time, dest, msg)
  def send_after(dest, msg, time, opts), do: :erlang.send_after(time, dest, msg, opts)

  @doc "Cancels a timer: the milliseconds it had left, or `false`."
  @spec cancel_timer(reference, list) :: non_neg_integer | false | :ok
  def cancel_timer(timer_ref, options \\ [])
  def cancel_timer(timer_ref, []), do: :erlang.cancel_timer(timer_ref)
  def cancel_timer(timer_ref, options), do: :erlang.cancel_timer(timer_ref, options)

  @doc "The milliseconds a timer has left, or `false`."
  @spec read_timer(reference) :: non_neg_integer | false
  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  ## Links and monitors

  @doc "Links the caller and `pid`."
  @spec link(pid) :: true
  def link(pid_or_port), do: :erlang.link(pid_or_port)

  @doc "Removes the link between the caller and `pid`."
  @spec unlink(pid) :: true
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)

  @doc "Monitors a pid or a registered name; a `:DOWN` message says when it ends."
  @spec monitor(pid | atom | {atom, node}) :: reference
  def monitor(item), do: :erlang.monitor(:process, item)

  @doc "Removes a monitor; `[:flush]` also removes its `:DOWN` message."
  @spec demonitor(reference, list) :: boolean
  def demonitor(monitor_ref, options \\ [])
  def demonitor(monitor_ref, []), do: :erlang.demonitor(monitor_ref)
  def demonitor(monitor_ref, options), do: :erlang.demonitor(monitor_ref, options)

  ## Names

  @doc "Registers `pid` under `name`; raises ArgumentError when that cannot be done."
  @spec register(pid, atom) :: true
  def register(pid_or_port, name)
      when is_atom(name) and name not in [nil, false, true, :undefined] do
    :erlang.register(name, pid_or_port)
  catch
    :error, :badarg ->
      message =
        "could not register #{inspect(pid_or_port)} with " <>
          "name #{inspect(name)} because it is not alive, the name is already " <>
          "taken, or it has already been given another name"

      :erlang.error(ArgumentError.exception(message), [pid_or_port, name])
  end

  @doc "Removes a registered name."
  @spec unregister(atom) :: true
  def unregister(name), do: :erlang.unregister(name)

  @doc "The pid registered under `name`, or `nil`."
  @spec whereis(atom) :: pid | nil
  def whereis(name), do: nilify(:erlang.whereis(name))

  @doc "Every registered name."
  @spec registered() :: [atom]
  def registered, do: :erlang.registered()

  @doc "Every live process."
  @spec list() :: [pid]
  def list, do: :erlang.processes()

  ## Flags and information

  @doc "Sets a process flag of the caller (`:trap_exit`, ...); returns the old value."
  @spec flag(atom, term) :: term
  def flag(flag, value), do: :erlang.process_flag(flag, value)

  @doc "Information about `pid` as a keyword list, or `nil` when it is not alive."
  @spec info(pid) :: keyword | nil
  def info(pid), do: nilify(:erlang.process_info(pid))

  @doc "One item (or a list of items) of information about `pid`, or `nil`."
  @spec info(pid, atom | [atom]) :: {atom, term} | [{atom, term}] | nil
  def info(pid, spec)

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec),
    do: nilify(:erlang.process_info(pid, spec))

  defp nilify(:undefined), do: nil
  defp nilify(value), do: value
end
