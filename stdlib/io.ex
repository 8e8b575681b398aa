defmodule IO do
  @moduledoc """
  Reading and writing through IO devices.

  A device is `:stdio` (standard output and input), `:stderr`, or a pid or
  registered name of a process that speaks the IO protocol (such as an open
  file). Output functions accept chardata: strings, charlists and nested
  lists of both; other terms go through `String.Chars`.
  """

  @type device :: atom | pid
  @type nodata :: {:error, term} | :eof
  @type chardata :: String.t() | maybe_improper_list(char | chardata, String.t() | [])

  defp map_device(:stdio), do: :standard_io
  defp map_device(:stderr), do: :standard_error
  defp map_device(other) when is_atom(other) or is_pid(other) or is_tuple(other), do: other

  defp to_chardata(data) when is_binary(data) or is_list(data), do: data
  defp to_chardata(other), do: String.Chars.to_string(other)

  @doc "Writes `item` followed by a newline to `device`."
  @spec puts(device, chardata | String.Chars.t()) :: :ok
  def puts(device \\ :stdio, item) do
    :io.put_chars(map_device(device), [to_chardata(item), ?\n])
  end

  @doc "Writes `chardata` to `device`."
  @spec write(device, chardata | String.Chars.t()) :: :ok
  def write(device \\ :stdio, chardata) do
    :io.put_chars(map_device(device), to_chardata(chardata))
  end

  @doc "Writes `iodata` (bytes) to `device`."
  @spec binwrite(device, iodata) :: :ok | {:error, term}
  def binwrite(device \\ :stdio, iodata)

  def binwrite({:file_descriptor, _, _} = device, iodata) when is_binary(iodata) or is_list(iodata) do
    :file.write(device, iodata)
  end

  def binwrite(device, iodata) when is_binary(iodata) or is_list(iodata) do
    :io.put_chars(map_device(device), iodata)
  end

  @doc """
  Writes the inspected `item` to `device` (with a `label: ` prefix when the
  `:label` option is given) and returns `item` unchanged.
  """
  @spec inspect(device, item, keyword) :: item when item: var
  def inspect(item, opts \\ [])

  def inspect(item, opts) when is_list(opts), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) when is_list(opts) do
    {label, opts} = Keyword.pop(opts, :label)
    prefix = if label, do: [to_chardata(label), ": "], else: []
    puts(device, [prefix, Kernel.inspect(item, opts)])
    item
  end

  @doc "Reads a line from `device` after writing `prompt`; returns the line, `:eof` or `{:error, reason}`."
  @spec gets(device, chardata | String.Chars.t()) :: chardata | nodata
  def gets(device \\ :stdio, prompt) do
    :io.get_line(map_device(device), to_chardata(prompt))
  end

  @doc "Reads `count` characters from `device` after writing `prompt`."
  @spec getn(device, chardata | String.Chars.t(), pos_integer | :eof) :: chardata | nodata
  def getn(prompt), do: getn(:stdio, prompt, 1)

  def getn(prompt, count) when is_integer(count) and count > 0, do: getn(:stdio, prompt, count)
  def getn(device, prompt), do: getn(device, prompt, 1)

  def getn(device, prompt, :eof), do: read_all(map_device(device), to_chardata(prompt), [])

  def getn(device, prompt, count) when is_integer(count) and count > 0 do
    :io.get_chars(map_device(device), to_chardata(prompt), count)
  end

  @doc "Reads from `device`: a `:line`, everything up to `:eof`, or `count` characters."
  @spec read(device, :eof | :line | non_neg_integer) :: chardata | nodata
  def read(device \\ :stdio, line_or_chars)
  def read(device, :line), do: :io.get_line(map_device(device), '')
  def read(device, :eof), do: read_all(map_device(device), '', [])
  def read(device, :all), do: read_all(map_device(device), '', []) |> eof_as_empty()
  def read(_device, 0), do: ""
  def read(device, count) when is_integer(count) and count > 0, do: :io.get_chars(map_device(device), '', count)

  @doc "Reads bytes from `device`: a `:line`, everything up to `:eof`, or `count` bytes."
  @spec binread(device, :eof | :line | non_neg_integer) :: iodata | nodata
  def binread(device \\ :stdio, line_or_bytes)

  def binread({:file_descriptor, _, _} = device, count) when is_integer(count) and count > 0 do
    case :file.read(device, count) do
      {:ok, data} -> data
      other -> other
    end
  end

  def binread({:file_descriptor, _, _} = device, :line) do
    case :file.read_line(device) do
      {:ok, data} -> data
      other -> other
    end
  end

  def binread({:file_descriptor, _, _} = device, :eof), do: binread_all(device, [])
  def binread({:file_descriptor, _, _} = device, :all), do: device |> binread_all([]) |> eof_as_empty()

  def binread(device, line_or_bytes), do: read(device, line_or_bytes)

  defp read_all(device, prompt, acc) do
    case :io.get_line(device, prompt) do
      :eof when acc == [] -> :eof
      :eof -> :erlang.iolist_to_binary(:lists.reverse(acc))
      {:error, _} = error -> error
      data -> read_all(device, prompt, [data | acc])
    end
  end

  defp binread_all(device, acc) do
    case :file.read(device, 65536) do
      {:ok, data} -> binread_all(device, [acc | data])
      :eof when acc == [] -> :eof
      :eof -> :erlang.iolist_to_binary(acc)
      {:error, _} = error -> error
    end
  end

  defp eof_as_empty(:eof), do: ""
  defp eof_as_empty(data), do: data

  @doc """
  Writes a warning to standard error: `warning: message`, then the given
  stacktrace entries, then an empty line.
  """
  @spec warn(chardata | String.Chars.t(), Exception.stacktrace() | keyword) :: :ok
  def warn(message, stacktrace_info \\ [])

  def warn(message, [{_, _, _, _} | _] = stacktrace) do
    entries = Enum.map(stacktrace, fn entry -> ["  ", Exception.format_stacktrace_entry(entry), ?\n] end)
    :io.put_chars(:standard_error, ["warning: ", to_chardata(message), ?\n, entries, ?\n])
  end

  def warn(message, _info) do
    :io.put_chars(:standard_error, ["warning: ", to_chardata(message), ?\n, ?\n])
  end

  @doc false
  def warn_once(key, message, stacktrace_drop_levels) when is_integer(stacktrace_drop_levels) do
    case :erlang.get({IO, :warned, key}) do
      :undefined ->
        :erlang.put({IO, :warned, key}, true)
        warn(message.())

      _ ->
        :ok
    end
  end

  @doc "Converts chardata (strings, charlists and nested lists of both) to a string."
  @spec chardata_to_string(chardata) :: String.t()
  def chardata_to_string(string) when is_binary(string), do: string

  def chardata_to_string(list) when is_list(list), do: List.to_string(list)

  @doc "Converts iodata (bytes and binaries, nested) to a binary."
  @spec iodata_to_binary(iodata) :: binary
  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)

  @doc "Returns the size in bytes of iodata."
  @spec iodata_length(iodata) :: non_neg_integer
  def iodata_length(iodata), do: :erlang.iolist_size(iodata)

  @doc "Returns a stream of the lines (or `count`-character chunks) read from `device`."
  @spec stream(device, :line | pos_integer) :: Enumerable.t()
  def stream(device \\ :stdio, line_or_codepoints \\ :line) do
    device = map_device(device)

    Stream.resource(
      fn -> device end,
      fn device ->
        result =
          case line_or_codepoints do
            :line -> :io.get_line(device, '')
            count -> :io.get_chars(device, '', count)
          end

        case result do
          :eof -> {:halt, device}
          {:error, reason} -> raise IO.StreamError, reason: reason
          data -> {[IO.chardata_to_string(data)], device}
        end
      end,
      fn device -> device end
    )
  end

  @doc "Like `stream/2`, reading bytes."
  @spec binstream(device, :line | pos_integer) :: Enumerable.t()
  def binstream(device \\ :stdio, line_or_bytes \\ :line), do: stream(device, line_or_bytes)
end

defmodule IO.StreamError do
  @moduledoc "Raised when reading an IO stream fails."
  defexception [:reason, :message]

  @impl true
  def exception(options) do
    reason = Keyword.fetch!(options, :reason)
    %{__struct__: IO.StreamError, __exception__: true, reason: reason, message: "error during streaming: #{inspect(reason)}"}
  end
end
