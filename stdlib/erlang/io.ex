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

  defp await({:done, result}), do: result

  defp await({:wait, ref}) do
    receive do
      {:"$vial_io", ^ref, result} -> result
    end
  end
end
