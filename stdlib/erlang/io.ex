defmodule :io do
  @moduledoc false
  # Erlang's io module, for input. Reading the terminal may block for ever, so
  # the read happens on vial's I/O thread while the process waits in receive
  # (other processes go on running); files answer at once. Output
  # (put_chars, format, ...) is native.

  def get_line(prompt), do: get_line(:standard_io, prompt)
  def get_line(device, prompt), do: await(:vial_io.get_line(device, prompt))

  def get_chars(prompt, count), do: get_chars(:standard_io, prompt, count)
  def get_chars(device, prompt, count), do: await(:vial_io.get_chars(device, prompt, count))

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
end
