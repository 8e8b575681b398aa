defmodule Logger do
  @moduledoc """
  Logging with Elixir 1.14's console format: `\\nHH:MM:SS.mmm [level] message\\n`
  on standard output. A registered process (`Logger`, started on first use)
  holds the level and the captures of `ExUnit.CaptureLog`; while a capture is
  on, what it takes is not printed. The macros evaluate a message (or call a
  message function) only when its level is enabled.

  The crash reports of processes, GenServers and tasks are Logger events
  too: they reach the server as `{:"$log_event", level, text, ms}` messages
  (sent without waiting, by the dying process), so Logger's level, the
  console backend's settings and captures apply to them.
  """

  @server Logger
  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]

  @doc "Logs `message` at the emergency level."
  defmacro emergency(message, metadata \\ []) do
    quote do
      Logger.__log__(:emergency, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the alert level."
  defmacro alert(message, metadata \\ []) do
    quote do
      Logger.__log__(:alert, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the critical level."
  defmacro critical(message, metadata \\ []) do
    quote do
      Logger.__log__(:critical, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the error level."
  defmacro error(message, metadata \\ []) do
    quote do
      Logger.__log__(:error, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the warning level."
  defmacro warning(message, metadata \\ []) do
    quote do
      Logger.__log__(:warning, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the notice level."
  defmacro notice(message, metadata \\ []) do
    quote do
      Logger.__log__(:notice, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the info level."
  defmacro info(message, metadata \\ []) do
    quote do
      Logger.__log__(:info, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the debug level."
  defmacro debug(message, metadata \\ []) do
    quote do
      Logger.__log__(:debug, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at the warning level (the old name of `warning/2`)."
  defmacro warn(message, metadata \\ []) do
    quote do
      Logger.__log__(:warning, unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at `level`."
  defmacro log(level, message, metadata \\ []) do
    quote do
      Logger.__log__(unquote(level), unquote(message), unquote(metadata))
    end
  end

  @doc "Logs `message` at `level`, as a function."
  def bare_log(level, message, metadata \\ []), do: __log__(level, message, metadata)

  @doc "The level below which messages are discarded."
  def level, do: ask(:level)

  @doc "Changes the configuration; only `:level` has an effect."
  def configure(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} -> ask({:level, normalize_level(level)})
      :error -> :ok
    end
  end

  @doc "Whether `level` is enabled: `:gt`-or-equal to the configured level."
  def compare_levels(left, right) do
    left = rank(normalize_level(left))
    right = rank(normalize_level(right))

    cond do
      left == right -> :eq
      left < right -> :gt
      true -> :lt
    end
  end

  @doc "The process's metadata."
  def metadata, do: Process.get(:"$logger_metadata", [])

  @doc "Merges `keyword` into the process's metadata (a nil value removes a key)."
  def metadata(keyword) do
    merged =
      Enum.reduce(keyword, metadata(), fn
        {key, nil}, acc -> Keyword.delete(acc, key)
        {key, value}, acc -> Keyword.put(acc, key, value)
      end)

    Process.put(:"$logger_metadata", merged)
    :ok
  end

  @doc "Resets the process's metadata."
  def reset_metadata(keyword \\ []) do
    Process.delete(:"$logger_metadata")
    metadata(keyword)
  end

  @doc "Configures a backend; only the console's `:level` is kept."
  def configure_backend(:console, options) do
    case Keyword.fetch(options, :level) do
      {:ok, nil} -> ask({:console_level, :all})
      {:ok, level} -> ask({:console_level, normalize_level(level)})
      :error -> :ok
    end
  end

  def configure_backend(_backend, _options), do: {:error, :bad_module}

  @doc "Adds a backend: only the console exists."
  def add_backend(backend, _options \\ [])
  def add_backend(:console, _options), do: ask({:console, true})
  def add_backend(_backend, _options), do: {:error, :bad_module}

  @doc "Removes a backend: only the console exists."
  def remove_backend(backend, _options \\ [])
  def remove_backend(:console, _options), do: ask({:console, false})
  def remove_backend(_backend, _options), do: {:error, :not_found}

  @doc "Waits until everything logged so far is written."
  def flush, do: ask(:flush)

  @doc false
  def __log__(level, message, _metadata) do
    level = normalize_level(level)

    if enabled?(level, ask(:level)) do
      text = IO.chardata_to_string(message_text(message))
      ask({:write, level, text, :os.system_time(:millisecond)})
    end

    :ok
  end

  @doc false
  # A report of the process machinery (GenServer, Task, ...): `text` without
  # its header. Sent without waiting, as a crash report of the BEAM is; with
  # no server running nothing is configured, so it is printed at once.
  # `verbose` is added when the level is :debug or :all (a GenServer's state).
  def __report__(level, text, verbose \\ []) do
    ms = :os.system_time(:millisecond)
    text = IO.chardata_to_string(text)
    verbose = IO.chardata_to_string(verbose)

    case Process.whereis(@server) do
      nil -> IO.write(:user, format(level, text <> verbose, ms))
      pid -> send(pid, {:"$log_event", level, text, ms, verbose})
    end

    :ok
  end

  @doc false
  # `ExUnit.CaptureLog`: logs at `level` or above go to `device` (a StringIO)
  # until the capture is removed.
  def __add_capture__(device, level), do: ask({:add_capture, device, normalize_level(level)})

  @doc false
  def __remove_capture__(device), do: ask({:remove_capture, device})

  defp message_text(fun) when is_function(fun, 0) do
    case fun.() do
      {message, _metadata} -> message
      message -> message
    end
  end

  defp message_text(message) when is_binary(message) or is_list(message), do: message
  defp message_text(other), do: to_string(other)

  defp format(level, text, ms) do
    seconds = rem(div(ms, 1000), 86_400)

    time =
      pad(div(seconds, 3600), 2) <>
        ":" <>
        pad(rem(div(seconds, 60), 60), 2) <>
        ":" <> pad(rem(seconds, 60), 2) <> "." <> pad(rem(ms, 1000), 3)

    "\n" <> time <> " [" <> Atom.to_string(level) <> "] " <> text <> "\n"
  end

  defp pad(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")

  defp normalize_level(:warn), do: :warning
  defp normalize_level(level) when level in @levels or level in [:all, :none], do: level

  defp normalize_level(level) do
    raise ArgumentError, "invalid level for Logger: #{inspect(level)}"
  end

  defp rank(:all), do: 8
  defp rank(:none), do: -1
  defp rank(level), do: Enum.find_index(@levels, &(&1 == level))

  defp enabled?(level, threshold), do: rank(level) <= rank(threshold)

  defp ask(request) do
    server = server()
    ref = Process.monitor(server)
    send(server, {request, self(), ref})

    receive do
      {^ref, answer} ->
        Process.demonitor(ref, [:flush])
        answer

      {:DOWN, ^ref, _, _, reason} ->
        exit(reason)
    end
  end

  # Started by whoever logs first; a lost race means another one got there.
  defp server do
    case Process.whereis(@server) do
      nil ->
        pid = spawn(fn -> serve(%{level: :debug, captures: [], console: true, console_level: :all}) end)

        try do
          Process.register(pid, @server)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            server()
        end

      pid ->
        pid
    end
  end

  defp serve(state) do
    receive do
      {:"$log_event", level, text, ms} ->
        if enabled?(level, state.level), do: write(level, text, ms, state)
        serve(state)

      {:"$log_event", level, text, ms, verbose} ->
        text = if state.level in [:debug, :all], do: text <> verbose, else: text
        if enabled?(level, state.level), do: write(level, text, ms, state)
        serve(state)

      {request, from, ref} ->
        {answer, state} = handle(request, state)
        send(from, {ref, answer})
        serve(state)
    end
  end

  defp handle(:level, state), do: {state.level, state}
  defp handle({:level, level}, state), do: {:ok, %{state | level: level}}
  defp handle({:console_level, level}, state), do: {:ok, %{state | console_level: level}}
  defp handle(:flush, state), do: {:ok, state}

  defp handle({:console, true}, %{console: true} = state),
    do: {{:error, :already_present}, state}

  defp handle({:console, true}, state), do: {{:ok, self()}, %{state | console: true}}
  defp handle({:console, false}, %{console: false} = state), do: {{:error, :not_found}, state}
  defp handle({:console, false}, state), do: {:ok, %{state | console: false}}

  defp handle({:add_capture, device, level}, state),
    do: {:ok, %{state | captures: [{device, level} | state.captures]}}

  defp handle({:remove_capture, device}, state),
    do: {:ok, %{state | captures: List.keydelete(state.captures, device, 0)}}

  defp handle({:write, level, text, ms}, state) do
    write(level, text, ms, state)
    {:ok, state}
  end

  # While a capture is on, the console prints nothing (as with ExUnit's
  # `capture_log`, which takes the output of every process).
  defp write(level, text, ms, state) do
    out = format(level, text, ms)

    case state.captures do
      [] ->
        if state.console and enabled?(level, state.console_level), do: IO.write(:user, out)

      captures ->
        for {device, threshold} <- captures, enabled?(level, threshold) do
          IO.write(device, out)
        end
    end
  end
end
