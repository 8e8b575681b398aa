defmodule System do
  @moduledoc """
  The running system: environment variables, clocks, the current folder,
  running other programs, and facts about the VM. `argv/0` and `halt/0,1`
  are natives of the VM.
  """

  @type time_unit ::
          :second | :millisecond | :microsecond | :nanosecond | :native | pos_integer

  @doc "The Elixir version vial implements."
  @spec version() :: String.t()
  def version, do: "1.14.0"

  @doc "The OTP release vial behaves like."
  @spec otp_release() :: String.t()
  def otp_release, do: "25"

  @doc "Facts about the Elixir build."
  @spec build_info() :: map
  def build_info do
    %{build: "1.14.0 (vial)", date: "", otp_release: "25", revision: "", version: "1.14.0"}
  end

  @doc "The number of schedulers (one per core)."
  @spec schedulers() :: pos_integer
  def schedulers, do: :vial_os.schedulers()

  @doc "The number of schedulers online."
  @spec schedulers_online() :: pos_integer
  def schedulers_online, do: :vial_os.schedulers()

  @doc "The byte order of the machine."
  @spec endianness() :: :little | :big
  def endianness, do: :little

  @doc "The byte order Elixir was compiled for."
  @spec compiled_endianness() :: :little | :big
  def compiled_endianness, do: :little

  # ---------------------------------------------------------------------------
  # Environment variables

  @doc "All environment variables as a map of name to value."
  @spec get_env() :: %{optional(String.t()) => String.t()}
  def get_env do
    Enum.into(:os.getenv(), %{}, fn var ->
      var = List.to_string(var)
      [name, value] = :binary.split(var, "=")
      {name, value}
    end)
  end

  @doc "The value of the environment variable `varname`, or `default`."
  @spec get_env(String.t(), String.t() | nil) :: String.t() | nil
  def get_env(varname, default \\ nil) when is_binary(varname) and (is_binary(default) or is_nil(default)) do
    case :os.getenv(String.to_charlist(varname)) do
      false -> default
      value -> List.to_string(value)
    end
  end

  @doc "`{:ok, value}` of the environment variable `varname`, or `:error`."
  @spec fetch_env(String.t()) :: {:ok, String.t()} | :error
  def fetch_env(varname) when is_binary(varname) do
    case :os.getenv(String.to_charlist(varname)) do
      false -> :error
      value -> {:ok, List.to_string(value)}
    end
  end

  @doc "The value of the environment variable `varname`; raises `System.EnvError` when unset."
  @spec fetch_env!(String.t()) :: String.t()
  def fetch_env!(varname) when is_binary(varname) do
    case fetch_env(varname) do
      {:ok, value} -> value
      :error -> raise System.EnvError, env: varname
    end
  end

  @doc "Sets the environment variable `varname` to `value`."
  @spec put_env(binary, binary) :: :ok
  def put_env(varname, value) when is_binary(varname) and is_binary(value) do
    if String.contains?(varname, "=") do
      raise ArgumentError, message: "cannot execute System.put_env/2 for key with \"=\", got: #{inspect(varname)}"
    end

    :os.putenv(String.to_charlist(varname), String.to_charlist(value))
    :ok
  end

  @doc "Sets each `{name, value}` of `enumerable` as an environment variable."
  @spec put_env(Enumerable.t()) :: :ok
  def put_env(enumerable) do
    Enum.each(enumerable, fn {key, val} -> put_env(key, val) end)
  end

  @doc "Removes the environment variable `varname`."
  @spec delete_env(String.t()) :: :ok
  def delete_env(varname) when is_binary(varname) do
    :os.unsetenv(String.to_charlist(varname))
    :ok
  end

  # ---------------------------------------------------------------------------
  # Time

  @doc "Monotonic time in native units: only differences between two readings mean anything."
  @spec monotonic_time() :: integer
  def monotonic_time, do: :erlang.monotonic_time()

  @doc "Monotonic time in `unit`."
  @spec monotonic_time(time_unit) :: integer
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_unit(unit))

  @doc "System time (since the Unix epoch) in native units."
  @spec system_time() :: integer
  def system_time, do: :erlang.system_time()

  @doc "System time in `unit`."
  @spec system_time(time_unit) :: integer
  def system_time(unit), do: :erlang.system_time(normalize_unit(unit))

  @doc "The operating system's clock in native units."
  @spec os_time() :: integer
  def os_time, do: :os.system_time()

  @doc "The operating system's clock in `unit`."
  @spec os_time(time_unit) :: integer
  def os_time(unit), do: :os.system_time(normalize_unit(unit))

  @doc "The offset between monotonic and system time, in native units."
  @spec time_offset() :: integer
  def time_offset, do: :erlang.time_offset()

  @doc "The offset between monotonic and system time, in `unit`."
  @spec time_offset(time_unit) :: integer
  def time_offset(unit), do: :erlang.time_offset(normalize_unit(unit))

  @doc "Converts `time` from `from_unit` to `to_unit`, rounding down."
  @spec convert_time_unit(integer, time_unit, time_unit) :: integer
  def convert_time_unit(time, from_unit, to_unit) do
    :erlang.convert_time_unit(time, normalize_unit(from_unit), normalize_unit(to_unit))
  end

  @doc "An integer unique in this run (`:positive` and `:monotonic` modifiers)."
  @spec unique_integer([:positive | :monotonic]) :: integer
  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers)

  defp normalize_unit(:second), do: :second
  defp normalize_unit(:millisecond), do: :millisecond
  defp normalize_unit(:microsecond), do: :microsecond
  defp normalize_unit(:nanosecond), do: :nanosecond
  defp normalize_unit(:native), do: :native
  defp normalize_unit(:seconds), do: :second
  defp normalize_unit(:milliseconds), do: :millisecond
  defp normalize_unit(:microseconds), do: :microsecond
  defp normalize_unit(:nanoseconds), do: :nanosecond
  defp normalize_unit(unit) when is_integer(unit) and unit > 0, do: unit

  defp normalize_unit(other) do
    raise ArgumentError,
          message:
            "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, " <>
            "got #{inspect(other)}"
  end

  # ---------------------------------------------------------------------------
  # Folders

  @doc "The current working folder, or `nil`."
  @spec cwd() :: String.t() | nil
  def cwd do
    case File.cwd() do
      {:ok, cwd} -> cwd
      _ -> nil
    end
  end

  @doc "The current working folder; raises when it cannot be read."
  @spec cwd!() :: String.t()
  def cwd! do
    cwd() || raise RuntimeError, message: "could not get a current working directory, the current location is not accessible"
  end

  @doc "The user's home folder, or `nil`."
  @spec user_home() :: String.t() | nil
  def user_home, do: get_env("HOME")

  @doc "The user's home folder; raises when it is not known."
  @spec user_home!() :: String.t()
  def user_home! do
    user_home() || raise RuntimeError, message: "could not find the user home, please set the HOME environment variable"
  end

  @doc "A writable folder for temporary files (`TMPDIR`, `TEMP`, `TMP`, `/tmp`, or the current folder), or `nil`."
  @spec tmp_dir() :: String.t() | nil
  def tmp_dir do
    candidates = [get_env("TMPDIR"), get_env("TEMP"), get_env("TMP"), "/tmp", cwd()]
    Enum.find(candidates, &writable_dir?/1)
  end

  @doc "Like `tmp_dir/0`, raising when no folder is writable."
  @spec tmp_dir!() :: String.t()
  def tmp_dir! do
    tmp_dir() ||
      raise RuntimeError,
            message: "could not get a writable temporary directory, please set the TMPDIR environment variable"
  end

  defp writable_dir?(nil), do: false

  defp writable_dir?(dir) do
    case File.stat(dir) do
      {:ok, %{type: :directory, access: access}} when access in [:read_write, :write] -> true
      _ -> false
    end
  end

  # ---------------------------------------------------------------------------
  # Programs

  @doc "The path of the program `program` (searched in `PATH`), or `nil`."
  @spec find_executable(binary) :: binary | nil
  def find_executable(program) when is_binary(program) do
    case :os.find_executable(String.to_charlist(program)) do
      false -> nil
      path -> List.to_string(path)
    end
  end

  @doc """
  Runs `command` with `args` and waits for it; returns `{output, exit_status}`.
  Options: `:into` (a collectable for the output, `""` by default), `:cd`,
  `:env` (`{name, value}` pairs, `nil` to unset), `:stderr_to_stdout`, `:arg0`.
  """
  @spec cmd(binary, [binary], keyword) :: {Collectable.t(), non_neg_integer}
  def cmd(command, args, opts \\ []) when is_binary(command) and is_list(args) do
    unless Enum.all?(args, &is_binary/1) do
      raise ArgumentError, message: "all arguments for System.cmd/3 must be binaries"
    end

    {into, opts} = Keyword.pop(opts, :into, "")
    {output, status} = :vial_os.cmd(command, args, cmd_opts(opts))
    {collect_output(into, output), status}
  end

  @doc "Runs `command` through the shell (`sh -c`); returns `{output, exit_status}`."
  @spec shell(binary, keyword) :: {Collectable.t(), non_neg_integer}
  def shell(command, opts \\ []) when is_binary(command) do
    cmd("sh", ["-c", command], opts)
  end

  defp cmd_opts(opts) do
    Enum.map(opts, fn
      {:env, env} -> {:env, Enum.map(env, fn {k, v} -> {to_string(k), v && to_string(v)} end)}
      {:cd, dir} -> {:cd, IO.chardata_to_string(dir)}
      other -> other
    end)
  end

  defp collect_output(into, output) do
    if is_map(into) and Map.get(into, :__struct__) == IO.Stream do
      IO.write(output)
      into
    else
      Enum.into([output], into)
    end
  end

  @doc "The operating system's id of this process, as a string."
  @spec pid() :: String.t()
  def pid, do: List.to_string(:os.getpid())

  @doc "Registers `fun` to run with the exit status when the program stops."
  @spec at_exit((non_neg_integer -> any)) :: :ok
  def at_exit(fun) when is_function(fun, 1) do
    funs = :erlang.get(:"$vial_at_exit")
    funs = if funs == :undefined or funs == nil, do: [], else: funs
    :erlang.put(:"$vial_at_exit", [fun | funs])
    :ok
  end

  @doc false
  def __at_exit_funs__ do
    case :erlang.get(:"$vial_at_exit") do
      funs when is_list(funs) -> funs
      _ -> []
    end
  end

  @doc "Stops the program: runs the `at_exit/1` functions, then halts with `status`."
  @spec stop(non_neg_integer | binary) :: :ok
  def stop(status \\ 0) do
    Enum.each(__at_exit_funs__(), fn fun -> fun.(status) end)
    :erlang.erase(:"$vial_at_exit")
    System.halt(status)
  end
end

defmodule :timer do
  @moduledoc false
  # Erlang's timer module: time spans in milliseconds, timing a call, sleeping.

  def seconds(s), do: s * 1000
  def minutes(m), do: m * 60_000
  def hours(h), do: h * 3_600_000
  def hms(h, m, s), do: hours(h) + minutes(m) + seconds(s)

  # A receive that only times out: the process waits without holding a thread.
  def sleep(ms) when ms == :infinity or (is_integer(ms) and ms >= 0) do
    receive do
    after
      ms -> :ok
    end
  end

  def tc(fun) when is_function(fun, 0), do: time_it(fn -> fun.() end)
  def tc(fun, args) when is_function(fun) and is_list(args), do: time_it(fn -> apply(fun, args) end)
  def tc(m, f, a), do: time_it(fn -> apply(m, f, a) end)

  defp time_it(run) do
    t0 = :erlang.monotonic_time()
    value = run.()
    t1 = :erlang.monotonic_time()
    {:erlang.convert_time_unit(t1 - t0, :native, :microsecond), value}
  end

  # Timers are small processes: one that waits and acts once, or one that
  # acts at each interval until cancelled or until its requester exits.
  # `{:ok, {:once | :interval, pid}}` stands for OTP's timer reference.

  def send_after(ms, message), do: send_after(ms, self(), message)
  def send_after(ms, dest, message), do: once(ms, fn -> send(dest, message) end)
  def apply_after(ms, m, f, a), do: once(ms, fn -> apply(m, f, a) end)
  def exit_after(ms, reason), do: exit_after(ms, self(), reason)
  def exit_after(ms, pid, reason), do: once(ms, fn -> Process.exit(pid, reason) end)
  def kill_after(ms), do: exit_after(ms, self(), :kill)
  def kill_after(ms, pid), do: exit_after(ms, pid, :kill)

  def send_interval(ms, message), do: send_interval(ms, self(), message)
  def send_interval(ms, dest, message), do: interval(ms, self(), fn -> send(dest, message) end)
  def apply_interval(ms, m, f, a), do: interval(ms, self(), fn -> apply(m, f, a) end)

  def cancel({kind, pid}) when kind in [:once, :interval] and is_pid(pid) do
    Process.exit(pid, :kill)
    {:ok, :cancel}
  end

  def cancel(_), do: {:error, :badarg}

  @doc "Microseconds from `t1` to `t2`, each an `{mega, secs, micro}` timestamp."
  def now_diff({m2, s2, us2}, {m1, s1, us1}), do: ((m2 - m1) * 1_000_000 + (s2 - s1)) * 1_000_000 + (us2 - us1)

  defp once(ms, action) when is_integer(ms) and ms >= 0 do
    pid =
      spawn(fn ->
        receive do
        after
          ms -> action.()
        end
      end)

    {:ok, {:once, pid}}
  end

  defp interval(ms, owner, action) when is_integer(ms) and ms >= 0 do
    pid =
      spawn(fn ->
        ref = Process.monitor(owner)
        tick(ms, ref, action)
      end)

    {:ok, {:interval, pid}}
  end

  defp tick(ms, ref, action) do
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    after
      ms ->
        action.()
        tick(ms, ref, action)
    end
  end
end
