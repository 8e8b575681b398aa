defmodule :io do
  @moduledoc false
  # The parts of Erlang's `io` module the Rust built-ins lack: formatted
  # output, over `:io_lib.format/2` and `:io.put_chars/2`.

  def format(format), do: format(:standard_io, format, [])
  def format(format, args), do: format(:standard_io, format, args)

  def format(device, format, args) do
    :io.put_chars(device, :io_lib.format(format, args))
  end

  def fwrite(format), do: format(:standard_io, format, [])
  def fwrite(format, args), do: format(:standard_io, format, args)
  def fwrite(device, format, args), do: format(device, format, args)

  def nl, do: :io.put_chars(:standard_io, ~c"\n")
  def nl(device), do: :io.put_chars(device, ~c"\n")

  def write(term), do: write(:standard_io, term)
  def write(device, term), do: :io.put_chars(device, :io_lib.write(term))
end
