defmodule :io do
  @moduledoc false
  # Erlang's io module, for input. Reading the terminal may block for ever, so
  # the read happens on vial's I/O thread while the process waits in receive
  # (other processes go on running); files answer at once. Formatted output
  # goes through `:io_lib.format/2` and the native `:io.put_chars/2`.

  def get_line(prompt), do: get_line(:standard_io, prompt)

  def get_line(device, prompt) do
    case input_server(device) do
      nil -> await(:vial_io.get_line(device, prompt))
      pid -> input_request(pid, {:get_line, :unicode, prompt})
    end
  end

  def get_chars(prompt, count), do: get_chars(:standard_io, prompt, count)

  def get_chars(device, prompt, count) do
    case input_server(device) do
      nil -> await(:vial_io.get_chars(device, prompt, count))
      pid -> input_request(pid, {:get_chars, :unicode, prompt, count})
    end
  end

  # Input from an I/O server process (a `StringIO`, or the group leader that
  # `ExUnit.CaptureIO` installs) goes through the io protocol; nil when the
  # device is the terminal or a file.
  defp input_server(device) when device in [:standard_io, :stdio] do
    leader = :erlang.group_leader()
    if Process.alive?(leader), do: leader
  end

  defp input_server(device) when is_pid(device), do: device
  defp input_server(_device), do: nil

  defp input_request(server, request) do
    ref = :erlang.monitor(:process, server)
    send(server, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  # Output to an I/O server process (a group leader such as ExUnit.CaptureIO's,
  # or a process registered as :standard_error): an Erlang io-protocol request,
  # waiting for the reply; answers `value`.
  @doc false
  def vial_request(server, request, value) do
    ref = :erlang.monitor(:process, server)
    send(server, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, _reply} ->
        :erlang.demonitor(ref, [:flush])
        value

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  defp await({:done, result}), do: result

  defp await({:wait, ref}) do
    receive do
      {:"$vial_io", ^ref, result} -> result
    end
  end

  def format(format), do: format(:standard_io, format, [])
  def format(format, args), do: format(:standard_io, format, args)

  def format(device, format, args) do
    :io.put_chars(device, :io_lib.vial_format_explained(format, args))
  end

  def fwrite(format), do: format(:standard_io, format, [])
  def fwrite(format, args), do: format(:standard_io, format, args)
  def fwrite(device, format, args), do: format(device, format, args)

  def nl, do: :io.put_chars(:standard_io, ~c"\n")
  def nl(device), do: :io.put_chars(device, ~c"\n")

  def write(term), do: write(:standard_io, term)
  def write(device, term), do: :io.put_chars(device, :io_lib.write(term))
end
